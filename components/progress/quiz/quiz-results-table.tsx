import type { QuizResultRow } from "@/lib/server/data/progress/get-quiz-results";
import { formatDateTimeIn, formatDuration } from "@/components/ui/format";
import { formatPercentFigure } from "@/lib/format/display";
import { formatMarks, GRADING_METHOD_LABELS, type GradingMethod } from "@/lib/quiz/grading-method";

type Props = { rows: QuizResultRow[]; gradingMethod: GradingMethod; passPercent: number | null; timeZone: string };

/**
 * The per-member results of one quiz: the grade by the quiz's grading method (with the marks and
 * time of the attempt it comes from, when it comes from one), pass or not, attempts, last attempt
 * (in the viewer's zone). One table for every screen: on phones it scrolls sideways with the
 * member column pinned, as the mastery grid does. Cell styles are the `.results-table` rules in
 * globals.css, so a 200-member team's rows carry no repeated classes.
 */
export function QuizResultsTable({ rows, gradingMethod, passPercent, timeZone }: Props) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No member has finished this quiz yet.</p>;
  const single = gradingMethod !== "AVERAGE";
  return (
    <div className="relative max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label="Results per member (scrolls sideways)">
      <table className="results-table w-full border-separate border-spacing-0 text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Grade ({GRADING_METHOD_LABELS[gradingMethod].toLowerCase()})</th>
            {passPercent !== null ? <th scope="col">Pass ({passPercent} %)</th> : null}
            {single ? <th scope="col">Time</th> : null}
            <th scope="col">Attempts</th>
            <th scope="col">Last attempt</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.userId}>
              <th scope="row">{r.name}</th>
              <td>
                {formatPercentFigure(r.grade)}
                {r.graded ? <span>{` (${formatMarks(r.graded.marksEarned)}/${formatMarks(r.graded.maxMarks)} marks)`}</span> : null}
              </td>
              {passPercent !== null ? <td>{r.passed ? "Passed" : "Not passed"}</td> : null}
              {single ? <td>{formatDuration(r.graded?.seconds ?? null)}</td> : null}
              <td>{r.attempts}</td>
              <td>{formatDateTimeIn(r.lastAttemptAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
