import type { Metadata } from "next";
import { describeAttemptLimit, describeFeedback, describeQuestions, describeTimeLimit } from "@/lib/quiz/quiz-facts";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listAvailableQuizzes } from "@/lib/server/data/quizzes/list-available-quizzes";
import { startQuizAction } from "./actions";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const { actor } = await requireActor("/quizzes");
  const quizzes = await listAvailableQuizzes(actor);
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
                    {q.bestScore ? (
                      <Badge tone="green">
                        Best {q.bestScore.correct}/{q.bestScore.total}
                      </Badge>
                    ) : null}
                  </p>
                  <div className="mt-4">
                    {exhausted ? (
                      <p className="text-sm text-slate-600">You&apos;ve used all your attempts.</p>
                    ) : (
                      <StartQuizButton quizId={q.id} label={q.openAttemptId ? "Resume" : "Start quiz"} action={startQuizAction} />
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
