import Link from "next/link";
import { Badge, Card } from "@/components/ui/card";
import { formatDateTimeIn } from "@/components/ui/format";
import type { StudentProgress } from "@/lib/server/data/progress/get-student-progress";
import { formatShare } from "@/lib/srs/stats-format";
import { formatDuration } from "./format-duration";

/** The student's most recent finished attempts, each linking to its review. */
export function QuizHistorySection({ history, timeZone }: { history: StudentProgress["quizHistory"]; timeZone: string }) {
  const { entries, total } = history;
  return (
    <Card>
      <h2 className="text-lg font-semibold">Quiz history</h2>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          No finished quizzes yet. Start a topic quiz from a{" "}
          <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
            topic on your dashboard
          </Link>{" "}
          or open one of your{" "}
          <Link href="/quizzes" className="font-medium text-brand-700 hover:underline">
            quizzes
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            {total > entries.length ? `Your ${entries.length} most recent of ${total} finished quizzes.` : "Your finished quizzes, newest first."} Open one to see
            every answer with its worked solution.
          </p>
          <div className="-mx-1 max-w-full overflow-x-auto px-1">
            <table className="w-full min-w-[34rem] text-left text-sm">
              <caption className="sr-only">Finished quizzes, newest first</caption>
              <thead className="border-b border-slate-200 text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Quiz
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Started
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Score
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Time
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">Review</span>
                  </th>
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {entries.map((e) => (
                  <tr key={e.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="py-2 pr-3 font-normal text-slate-800">
                      {e.title}
                      {e.status === "EXPIRED" ? (
                        <span className="ml-2 align-middle">
                          <Badge tone="amber">Time ran out</Badge>
                        </span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-3 whitespace-nowrap text-slate-600">{formatDateTimeIn(e.startedAt, timeZone)}</td>
                    <td className="py-2 pr-3 text-right whitespace-nowrap">
                      <span className="font-medium text-slate-900">
                        {e.correctCount} / {e.questionCount}
                      </span>
                      <span className="ml-2 text-xs text-slate-500">{formatShare(e.correctCount, e.questionCount)}</span>
                    </td>
                    <td className="py-2 pr-3 text-right whitespace-nowrap text-slate-600">{formatDuration(e.durationSeconds)}</td>
                    <td className="py-2 text-right">
                      <Link href={e.href} className="font-medium whitespace-nowrap text-brand-700 hover:underline" aria-label={`Review ${e.title}, ${formatDateTimeIn(e.startedAt, timeZone)}`}>
                        Review
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}
