import type { QuizResultRow } from "@/lib/server/data/progress/get-quiz-results";
import { formatDateTime } from "@/components/ui/format";
import { formatDuration, formatPercent } from "./format";

/** The per-member results of one quiz: first and best score, time of the best attempt, attempts, last attempt. */
export function QuizResultsTable({ rows }: { rows: QuizResultRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No member has finished this quiz yet.</p>;
  return (
    <div className="-mx-5 overflow-x-auto px-5 sm:mx-0 sm:px-0">
      <table className="w-full min-w-[34rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Member</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">First score</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Best score</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Time (best)</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Attempts</th>
            <th scope="col" className="py-2 font-medium">Last attempt</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.userId}>
              <th scope="row" className="py-2 pr-4 font-medium text-slate-900">{r.name}</th>
              <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">
                {formatPercent(r.first.percent)} <span className="text-slate-500">({r.first.correct}/{r.first.total})</span>
              </td>
              <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">
                {formatPercent(r.best.percent)} <span className="text-slate-500">({r.best.correct}/{r.best.total})</span>
              </td>
              <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">{formatDuration(r.bestSeconds)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{r.attempts}</td>
              <td className="whitespace-nowrap py-2 text-slate-600">{formatDateTime(r.lastAttemptAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
