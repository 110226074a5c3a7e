import type { Metadata } from "next";
import { ActivityList } from "@/components/progress/team/activity-list";
import { DateRangeFilter } from "@/components/progress/team/date-range-filter";
import { MasteryGrid } from "@/components/progress/team/mastery-grid";
import { ReviewLoadTable } from "@/components/progress/team/review-load-table";
import { TeamAggregatesView } from "@/components/progress/team/team-aggregates-view";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { defaultDateRange, lastDays, parseDateRange } from "@/lib/schemas/date-range";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getTeamProgress } from "@/lib/server/data/progress/get-team-progress";
import { orPageError } from "@/lib/server/entry/page-guard";
import { formatDay } from "@/lib/format/display";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Team progress" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function TeamProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { teamId } = await params;
  const query = await searchParams;
  const path = `/teams/${teamId}/progress`;
  const { user, actor } = await requireActor(path);
  const now = new Date();
  const asked = parseDateRange({ from: first(query.from), to: first(query.to) }, now, user.timeZone);
  // A bad period is reported beside the inputs while the default period is shown.
  const range = asked.ok ? asked.range : defaultDateRange(now, user.timeZone);
  const view = await orPageError(getTeamProgress(actor, { teamId, from: range.start, to: range.end }, now));
  const team = view.kind === "byMember" ? view.progress.team : view.aggregates.team;
  const quickRanges = [7, 30, 90].map((days) => ({ label: `Last ${days} days`, ...lastDays(days, now, user.timeZone) }));
  const period = `${formatDay(range.from)} to ${formatDay(range.to)}`;

  return (
    <div className="space-y-6">
      <BackLink href={`/teams/${teamId}`}>{team.name}</BackLink>
      <PageHeader
        title={`Progress · ${team.name}`}
        description={`Answers and reviews from ${period} (days in your time zone, ${user.timeZone}). Overdue reviews are as of now.`}
        actions={
          view.kind === "byMember" ? (
            <a href={`/api/teams/${teamId}/progress.csv?from=${range.from}&to=${range.to}`} className={buttonClasses("secondary")} download>
              Download CSV
            </a>
          ) : null
        }
      />
      <Card>
        <DateRangeFilter
          action={path}
          from={asked.ok ? range.from : (first(query.from) ?? "")}
          to={asked.ok ? range.to : (first(query.to) ?? "")}
          quickRanges={quickRanges}
          error={asked.ok ? undefined : asked.error}
          errorField={asked.ok ? undefined : asked.field}
        />
      </Card>

      {view.kind === "aggregates" ? (
        <TeamAggregatesView aggregates={view.aggregates} />
      ) : (
        <>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">Mastery by member and topic</h2>
            {view.progress.members.length === 0 ? (
              <p className="text-sm text-slate-600">This team has no members yet. Invite people from the team page.</p>
            ) : (
              <MasteryGrid progress={view.progress} />
            )}
          </Card>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <h2 className="mb-2 text-lg font-semibold">Reviews</h2>
              <ReviewLoadTable members={view.progress.members} />
            </Card>
            <Card>
              <h2 className="mb-2 text-lg font-semibold">Recent activity</h2>
              <ActivityList activity={view.progress.activity} timeZone={user.timeZone} />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
