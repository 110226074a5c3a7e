import type { Metadata } from "next";
import Link from "next/link";
import { GRADING_METHOD_LABELS } from "@/lib/quiz/grading-method";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { formatDateIn } from "@/components/ui/format";
import { formatPercentFigure } from "@/lib/format/display";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { listQuizzesForTeam } from "@/lib/server/data/progress/quiz-list-for-team";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Quiz results" };

export default async function TeamQuizzesPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const { user, actor } = await requireActor(`/teams/${teamId}/quizzes`);
  const { team, quizzes } = await orPageError(listQuizzesForTeam(actor, { teamId }, new Date()));
  return (
    <div className="space-y-6">
      <BackLink href={`/teams/${team.id}`}>{team.name}</BackLink>
      <PageHeader title="Quiz results" description={`Quizzes ${team.name} can take, with how its members did. Open one for every member's scores and an analysis of each question.`} />
      {quizzes.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">No quiz is published to this team or to everyone yet.</p>
        </Card>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {quizzes.map((q) => (
            <li key={q.id}>
              <Link href={`/teams/${team.id}/quizzes/${q.id}`} className="flex flex-col gap-2 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between">
                <span className="min-w-0">
                  <span className="block font-medium text-brand-700">{q.title}</span>
                  <span className="text-xs text-slate-500">
                    {[
                      q.attempts > 0 ? `${q.members} member${q.members === 1 ? "" : "s"} finished · ${q.attempts} attempt${q.attempts === 1 ? "" : "s"}` : null,
                      q.passed !== null && q.attempts > 0 ? `${q.passed} passed (${q.passPercent} %)` : null,
                      q.publishedAt ? `published ${formatDateIn(q.publishedAt, user.timeZone)}` : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </span>
                <span className="flex shrink-0 items-center gap-3">
                  <span className="text-sm tabular-nums text-slate-700">
                    {q.meanGradePercent === null ? "No attempts yet" : `Mean grade ${formatPercentFigure(q.meanGradePercent)} (${GRADING_METHOD_LABELS[q.gradingMethod].toLowerCase()})`}
                  </span>
                  {q.publishedToAll ? <Badge>Everyone</Badge> : <Badge tone="brand">This team</Badge>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
