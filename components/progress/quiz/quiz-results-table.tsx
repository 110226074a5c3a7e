import type { QuizResultRow } from "@/lib/server/data/progress/get-quiz-results";
import { formatDateTimeIn, formatDuration } from "@/components/ui/format";
import { formatPercentFigure } from "@/lib/format/display";

/**
 * The per-member results of one quiz: first and best score, time of the best attempt, attempts,
 * last attempt (in the viewer's zone). One table for every screen: on phones it scrolls sideways
 * with the member column pinned, as the mastery grid does. Cell styles are the `.results-table`
 * rules in globals.css, so a 200-member team's rows carry no repeated classes.
 */
export function QuizResultsTable({ rows, timeZone }: { rows: QuizResultRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No member has finished this quiz yet.</p>;
  return (
    <div className="relative max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label="Results per member (scrolls sideways)">
      <table className="results-table w-full border-separate border-spacing-0 text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th scope="col">Member</th>
            <th scope="col">First score</th>
            <th scope="col">Best score</th>
            <th scope="col">Time (best)</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last attempt</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.userId}>
              <th scope="row">{r.name}</th>
              <td>
                {formatPercentFigure(r.first.percent)}
                <span>{` (${r.first.correct}/${r.first.total})`}</span>
              </td>
              <td>
                {formatPercentFigure(r.best.percent)}
                <span>{` (${r.best.correct}/${r.best.total})`}</span>
              </td>
              <td>{formatDuration(r.bestSeconds)}</td>
              <td>{r.attempts}</td>
              <td>{formatDateTimeIn(r.lastAttemptAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
