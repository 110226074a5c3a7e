import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listQuizzes } from "@/lib/server/data/quizzes/list-quizzes";
import { describeAttemptLimit, describeFeedback, describeQuestions, describeTimeLimit } from "@/lib/quiz/quiz-facts";
import { pluralize } from "@/lib/format/display";

export const metadata: Metadata = { title: "Quizzes" };

export default async function AdminQuizzesPage() {
  const { actor } = await requireActor("/admin/quizzes", { admin: true });
  const quizzes = await listQuizzes(actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Quizzes"
        description="Build quizzes from templates or random draws, then publish them to everyone or to chosen teams."
        actions={
          <Link href="/admin/quizzes/new" className={buttonClasses("primary", "sm")}>
            New quiz
          </Link>
        }
      />
      {quizzes.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">No quizzes yet. Students can always take topic quizzes from each topic page.</p>
        </Card>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {quizzes.map((q) => (
            <li key={q.id}>
              <Link href={`/admin/quizzes/${q.id}`} className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between">
                <span>
                  <span className="block font-medium">{q.title}</span>
                  <span className="text-xs text-slate-600">
                    {[
                      describeQuestions(q.questionCount),
                      describeFeedback(q.feedbackMode),
                      describeTimeLimit(q.timeLimitSeconds),
                      describeAttemptLimit(q.maxAttempts),
                      `${pluralize(q.attemptCount, "attempt")} started`,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </span>
                {q.published ? <Badge tone="green">{q.audience}</Badge> : <Badge>Draft</Badge>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
