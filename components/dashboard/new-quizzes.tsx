import Link from "next/link";
import type { Dashboard } from "@/lib/server/data/dashboard/get-dashboard";
import { formatDateIn, formatDateTimeIn } from "@/components/ui/format";
import { describeQuestions, describeTimeLimit } from "@/lib/quiz/quiz-facts";

/** Quizzes published to the student lately that they haven't started. */
export function NewQuizzes({ quizzes, timeZone }: { quizzes: Dashboard["newQuizzes"]; timeZone: string }) {
  if (quizzes.length === 0) return null;
  return (
    <section aria-labelledby="new-quizzes">
      <h2 id="new-quizzes" className="mb-3 text-lg font-semibold">
        New quizzes for you
      </h2>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {quizzes.map((q) => (
          <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <span>
              <span className="block font-medium text-slate-900">{q.title}</span>
              <span className="text-xs text-slate-600">
                {[
                  describeQuestions(q.questionCount),
                  describeTimeLimit(q.timeLimitSeconds),
                  q.window.state === "upcoming" ? `opens ${formatDateTimeIn(q.window.opensAt, timeZone)}` : null,
                  q.window.state === "open" && q.window.closesAt ? `closes ${formatDateTimeIn(q.window.closesAt, timeZone)}` : null,
                  q.publishedAt ? `published ${formatDateIn(q.publishedAt, timeZone)}` : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </span>
            <Link href="/quizzes" className="text-sm font-medium text-brand-700 hover:underline">
              Open in Quizzes →
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
