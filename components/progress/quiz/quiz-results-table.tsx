import type { QuizResultRow } from "@/lib/server/data/progress/get-quiz-results";
import { formatDateTime } from "@/components/ui/format";
import { formatDuration } from "@/components/ui/format";
import { formatPercent } from "./format";

/** The per-member results of one quiz: first and best score, time of the best attempt, attempts, last attempt. */
export function QuizResultsTable({ rows }: { rows: QuizResultRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No member has finished this quiz yet.</p>;
  return (
    <>
      {/* Phones get one block per member: six columns don't fit side by side. */}
      <ul className="divide-y divide-slate-100 sm:hidden">
        {rows.map((r) => (
          <li key={r.userId} className="py-3 text-sm">
            <p className="font-medium text-slate-900">{r.name}</p>
            <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 text-slate-600">
              <MobileStat label="First score" value={`${formatPercent(r.first.percent)} (${r.first.correct}/${r.first.total})`} />
              <MobileStat label="Best score" value={`${formatPercent(r.best.percent)} (${r.best.correct}/${r.best.total})`} />
              <MobileStat label="Time (best)" value={formatDuration(r.bestSeconds)} />
              <MobileStat label="Attempts" value={String(r.attempts)} />
              <div className="col-span-2">
                <dt className="inline text-slate-500">Last attempt </dt>
                <dd className="inline">{formatDateTime(r.lastAttemptAt)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full text-left text-sm">
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
    </>
  );
}

function MobileStat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}
