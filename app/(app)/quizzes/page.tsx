import type { Metadata } from "next";
import { describeAttemptLimit, describeFeedback, describeQuestions, describeTimeLimit } from "@/lib/quiz/quiz-facts";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listAvailableQuizzes } from "@/lib/server/data/quizzes/list-available-quizzes";
import { startQuizAction } from "./actions";
import { QuizWindowNote } from "@/components/quiz/quiz-window-note";
import { GRADING_METHOD_LABELS } from "@/lib/quiz/grading-method";
import { formatPercentFigure, pluralize } from "@/lib/format/display";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const { user, actor } = await requireActor("/quizzes");
  const now = new Date();
  const quizzes = await listAvailableQuizzes(actor, now);
  return (
    <div className="space-y-6">
      <PageHeader title="Quizzes" description="Quizzes published to you or your teams. For practice on one topic, start a topic quiz from its page." />
      {quizzes.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">
            No quizzes have been published to you yet. Try a topic quiz from the{" "}
            <Link className="text-brand-700 underline" href="/dashboard">
              dashboard
            </Link>
            .
          </p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {quizzes.map((q) => {
            const exhausted = q.maxAttempts !== null && q.attemptsUsed >= q.maxAttempts && !q.openAttemptId;
            return (
              <li key={q.id}>
                <Card className="h-full">
                  <h2 className="font-semibold">{q.title}</h2>
                  {q.description ? <p className="mt-1 text-sm text-slate-600">{q.description}</p> : null}
                  <p className="mt-2 flex flex-wrap gap-1.5 text-xs">
                    <Badge>{describeQuestions(q.questionCount)}</Badge>
                    <Badge>{describeFeedback(q.feedbackMode)}</Badge>
                    {q.timeLimitSeconds ? <Badge tone="amber">{describeTimeLimit(q.timeLimitSeconds)}</Badge> : null}
                    {q.maxAttempts !== null ? <Badge>{describeAttemptLimit(q.maxAttempts, q.attemptsUsed)}</Badge> : null}
                    {q.passPercent !== null ? <Badge>Pass mark {q.passPercent} %</Badge> : null}
                  </p>
                  <div className="mt-3 space-y-1">
                    <QuizWindowNote window={q.window} now={now} timeZone={user.timeZone} />
                    {q.grade ? (
                      <p className="text-sm text-slate-700">
                        Your grade: <strong className="font-semibold text-slate-900">{formatPercentFigure(q.grade.percent)}</strong>{" "}
                        <span className="text-slate-600">
                          ({GRADING_METHOD_LABELS[q.gradingMethod].toLowerCase()}
                          {q.gradingMethod === "AVERAGE" || q.gradingMethod === "HIGHEST" ? ` of ${pluralize(q.grade.finished, "attempt")}` : ""})
                        </span>
                        {q.grade.passed === null ? null : q.grade.passed ? (
                          <span className="ml-2">
                            <Badge tone="green">Passed</Badge>
                          </span>
                        ) : (
                          <span className="ml-2">
                            <Badge tone="amber">Not passed yet</Badge>
                          </span>
                        )}
                      </p>
                    ) : null}
                  </div>
                  <div className="mt-4">
                    {q.openAttemptId ? (
                      <StartQuizButton quizId={q.id} label="Resume" action={startQuizAction} />
                    ) : q.window.state === "upcoming" ? (
                      <p className="text-sm text-slate-600">You can start it once it opens.</p>
                    ) : q.window.state === "closed" ? (
                      <p className="text-sm text-slate-600">This quiz is closed.</p>
                    ) : exhausted ? (
                      <p className="text-sm text-slate-600">You&apos;ve used all your attempts.</p>
                    ) : (
                      <StartQuizButton quizId={q.id} label="Start quiz" action={startQuizAction} />
                    )}
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
