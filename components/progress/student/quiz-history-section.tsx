import Link from "next/link";
import { Badge, Card } from "@/components/ui/card";
import type { StudentProgress } from "@/lib/server/data/progress/get-student-progress";
import type { QuizHistoryEntry } from "@/lib/server/data/progress/student-quiz-history";
import { formatShare } from "@/lib/format/display";
import { formatDuration } from "@/components/ui/format";
import { formatLocalDateTime } from "./format-attempt";

function Expired({ entry }: { entry: QuizHistoryEntry }) {
  return entry.status === "EXPIRED" ? <Badge tone="amber">Time ran out</Badge> : null;
}

function Score({ entry }: { entry: QuizHistoryEntry }) {
  return (
    <>
      <span className="font-medium text-slate-900">
        {entry.correctCount} / {entry.questionCount}
      </span>
      <span className="ml-2 text-xs text-slate-500">{formatShare(entry.correctCount, entry.questionCount)}</span>
    </>
  );
}

/**
 * The student's most recent finished attempts, each linking to its review: a table from small
 * tablets up, a list of compact rows on phones where five columns would not fit.
 */
export function QuizHistorySection({ history, timeZone }: { history: StudentProgress["quizHistory"]; timeZone: string }) {
  const { entries, total } = history;
  const reviewLabel = (e: QuizHistoryEntry) => `Review ${e.title}, ${formatLocalDateTime(e.startedAt, timeZone)}`;
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
          <ul className="divide-y divide-slate-100 sm:hidden">
            {entries.map((e) => (
              <li key={e.id} className="flex items-start justify-between gap-3 py-2.5 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-slate-800">{e.title}</p>
                  <p className="text-xs text-slate-500">
                    {formatLocalDateTime(e.startedAt, timeZone)} · {formatDuration(e.durationSeconds)}
                  </p>
                  <Expired entry={e} />
                </div>
                <div className="shrink-0 text-right tabular-nums">
                  <div>
                    <Score entry={e} />
                  </div>
                  <Link href={e.href} className="font-medium text-brand-700 hover:underline" aria-label={reviewLabel(e)}>
                    Review
                  </Link>
                </div>
              </li>
            ))}
          </ul>
          <table className="hidden w-full text-left text-sm sm:table">
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
                    <span className="mr-2">{e.title}</span>
                    <Expired entry={e} />
                  </th>
                  <td className="py-2 pr-3 whitespace-nowrap text-slate-600">{formatLocalDateTime(e.startedAt, timeZone)}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap">
                    <Score entry={e} />
                  </td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap text-slate-600">{formatDuration(e.durationSeconds)}</td>
                  <td className="py-2 text-right">
                    <Link href={e.href} className="font-medium whitespace-nowrap text-brand-700 hover:underline" aria-label={reviewLabel(e)}>
                      Review
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
