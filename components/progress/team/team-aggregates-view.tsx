import Link from "next/link";
import { Card } from "@/components/ui/card";
import { MASTERY_DEFINITION } from "@/lib/progress/mastery";
import type { TeamAggregates } from "@/lib/server/data/progress/get-team-aggregates";
import { formatPercent } from "@/lib/format/display";
import { masteryBand } from "./mastery-band";

/** What a member sees of their team: averages and counts, no one's individual figures. */
export function TeamAggregatesView({ aggregates }: { aggregates: TeamAggregates }) {
  const { averages, topics, memberCount, overdue } = aggregates;
  return (
    <div className="space-y-6">
      <Card>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">Members</dt>
            <dd className="text-xl font-semibold tabular-nums text-slate-900">{memberCount}</dd>
          </div>
          <div className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">Average mastery</dt>
            <dd className="text-xl font-semibold tabular-nums text-slate-900">{formatPercent(averages.overall)}</dd>
          </div>
          <div className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">Members with overdue reviews</dt>
            <dd className="text-xl font-semibold tabular-nums text-slate-900">
              {formatPercent(overdue.share)}
              <span className="ml-2 text-xs font-normal text-slate-500">
                {overdue.members} of {memberCount}
              </span>
            </dd>
          </div>
        </dl>
        <p className="mt-4 text-sm text-slate-600">
          Only team figures are shown here; each member&apos;s own numbers are for them and the team&apos;s leads.{" "}
          <Link href="/progress" className="font-medium text-brand-700 hover:underline">
            See your own progress →
          </Link>
        </p>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Team average per topic</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">{MASTERY_DEFINITION} The team average is the mean of the members&apos; mastery.</p>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Team average mastery per topic</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Topic
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Average mastery
              </th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t, i) => {
              const ratio = averages.topics[i]?.ratio ?? null;
              return (
                <tr key={t.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-1.5 pr-3 font-normal text-slate-900">
                    {t.title}
                  </th>
                  <td className="py-1.5 text-right">
                    <span className={`inline-block min-w-[4rem] rounded px-2 py-0.5 text-center font-semibold tabular-nums ${masteryBand(ratio).className}`}>{formatPercent(ratio)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
