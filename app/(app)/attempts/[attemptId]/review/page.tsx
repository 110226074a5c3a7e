import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { formatDateTimeIn } from "@/components/ui/format";
import { Markdown } from "@/components/ui/markdown";
import { SolutionPanel } from "@/components/quiz/solution-panel";
import { renderSolution } from "@/lib/markdown/rendered-variant";
import { describeResponse } from "@/components/quiz/describe-response";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getAttempt } from "@/lib/server/data/attempts/get-attempt";
import { Alert } from "@/components/ui/alert";
import { OutcomeBadge } from "@/components/quiz/outcome-badge";
import { formatPercentFigure } from "@/lib/format/display";
import { attemptPercent, formatMarks, passes } from "@/lib/quiz/grading-method";

export const metadata: Metadata = { title: "Quiz review" };

export default async function AttemptReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const { user, actor } = await requireActor(`/attempts/${attemptId}/review`);
  const attempt = await orPageError(getAttempt(actor, attemptId, new Date()));
  if (attempt.status === "IN_PROGRESS") redirect(`/attempts/${attemptId}`);
  // An attempt that is over always shows its score.
  const earned = attempt.marks.earned ?? 0;
  const percent = attemptPercent({ marksEarned: earned, maxMarks: attempt.marks.max });
  const passed = passes(percent, attempt.passPercent);
  const minutes = attempt.finishedAt ? Math.max(1, Math.round((attempt.finishedAt.getTime() - attempt.startedAt.getTime()) / 60000)) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={`${attempt.title}: review`}
        description={`Started ${formatDateTimeIn(attempt.startedAt, user.timeZone)}${minutes ? ` · ${minutes} min` : ""}${attempt.status === "EXPIRED" ? " · closed when time ran out" : ""}`}
        actions={
          attempt.preview && attempt.quizId ? (
            <Link href={`/admin/quizzes/${attempt.quizId}`} className={buttonClasses("secondary", "sm")}>
              Back to the quiz builder
            </Link>
          ) : attempt.topic ? (
            <Link href={`/topics/${attempt.topic.slug}`} className={buttonClasses("secondary", "sm")}>
              Back to {attempt.topic.title}
            </Link>
          ) : null
        }
      />
      {attempt.preview ? <Alert tone="info">This was a preview: it counts nowhere (no grade, results, item analysis or progress).</Alert> : null}
      <Card>
        <p className="text-3xl font-semibold tabular-nums">
          {formatMarks(earned)} / {formatMarks(attempt.marks.max)} <span className="text-lg font-normal text-slate-500">marks ({formatPercentFigure(Math.round(percent * 10) / 10)})</span>
        </p>
        {passed !== null ? (
          <p className="mt-2 flex items-center gap-2 text-sm text-slate-700">
            {passed ? <Badge tone="green">Passed</Badge> : <Badge tone="amber">Not passed</Badge>}
            <span>Pass mark {attempt.passPercent} %.</span>
          </p>
        ) : null}
        <p className="mt-1 text-sm text-slate-600">Every answer below comes with the computed answer, the worked steps and a source.</p>
      </Card>
      <ol className="space-y-4">
        {attempt.questions.map((q, i) => (
          <li key={q.position}>
            <Card>
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-semibold text-slate-500">Question {i + 1}</span>
                <OutcomeBadge answer={q.answer} />
                <span className="text-sm text-slate-600">
                  {formatMarks((q.answer?.score ?? 0) * q.marks)} / {formatMarks(q.marks)} {q.marks === 1 ? "mark" : "marks"}
                </span>
              </div>
              <h2 className="mt-1 font-semibold">{q.variant.title}</h2>
              <Markdown className="mt-2 text-slate-800">{q.variant.prompt}</Markdown>
              <p className="mt-3 text-sm">
                <span className="text-slate-600">Your answer: </span>
                <strong>{q.answer ? describeResponse(q.variant, q.answer.response) : "—"}</strong>
              </p>
              <SolutionPanel correct={q.answer ? q.answer.correct : false} score={q.answer?.score ?? null} feedback={q.answer?.feedback ?? ""} solution={q.solution ? renderSolution(q.solution) : null} />
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
