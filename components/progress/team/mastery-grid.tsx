import type { MasteryCell, TeamMemberProgress } from "@/lib/server/data/progress/get-team-member-progress";
import { MASTERY_DEFINITION } from "@/lib/progress/mastery";
import { formatPercent } from "@/lib/format/display";
import { MASTERY_BANDS, masteryBand, NO_QUESTIONS } from "./mastery-band";

/**
 * A member's mastery of a topic: "43 %" over "7 of 17". Its look comes from the `.mastery-grid`
 * rules in globals.css (one rule for a thousand cells), and it is two text nodes so a large team's
 * page stays light; screen readers take the member and topic from the row and column headers.
 */
function Cell({ cell }: { cell: Pick<MasteryCell, "mastered" | "total" | "ratio"> }) {
  return (
    <td className={masteryBand(cell.ratio).className}>
      {formatPercent(cell.ratio)}
      <small>{`${cell.mastered} of ${cell.total}`}</small>
    </td>
  );
}

function AverageCell({ ratio }: { ratio: number | null }) {
  const band = masteryBand(ratio);
  return <td className={`border-r border-t-2 border-slate-200 border-t-slate-300 px-2 py-1.5 text-center text-sm font-semibold tabular-nums last:border-r-0 ${band.className}`}>{formatPercent(ratio)}</td>;
}

export function MasteryLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Colour key">
      {[...MASTERY_BANDS, NO_QUESTIONS].map((b) => (
        <li key={b.label} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block size-3.5 rounded-sm border border-slate-300 ${b.swatch}`} />
          {b.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Members × topics, each cell coloured by mastery and printing its percentage and count. A real
 * table (row and column headers) that scrolls sideways on narrow screens with the member column
 * pinned, so a name stays beside its numbers.
 */
export function MasteryGrid({ progress }: { progress: Pick<TeamMemberProgress, "topics" | "members" | "averages"> }) {
  const { topics, members, averages } = progress;
  // Separate borders, each cell drawing its own right and bottom edge: collapsed borders belong to
  // the table, so the pinned column's edge would scroll away and let the cells behind show through.
  const sticky = "sticky left-0 z-10 border-r border-slate-200 bg-white px-3 py-1.5 text-left";
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{MASTERY_DEFINITION}</p>
      <MasteryLegend />
      {/* `relative` keeps the cells' visually hidden text inside the scroller, or it would widen the page. */}
      <div className="relative max-w-full overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="Mastery by member and topic (scrolls sideways)">
        <table className="mastery-grid min-w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">Mastery per member and topic, with the team average in the last row</caption>
          <thead className="bg-slate-50 text-xs text-slate-700">
            <tr>
              <th scope="col" className={`${sticky} border-b bg-slate-50 font-semibold`}>
                Member
              </th>
              {topics.map((t) => (
                <th key={t.id} scope="col" className="min-w-[5.5rem] border-r border-b border-slate-200 px-2 py-1.5 text-center align-bottom font-semibold last:border-r-0">
                  {t.title}
                </th>
              ))}
              <th scope="col" className="min-w-[5.5rem] border-r border-b border-slate-200 px-2 py-1.5 text-center align-bottom font-semibold last:border-r-0">
                Overall
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <th scope="row">{m.name}</th>
                {m.mastery.map((c) => (
                  <Cell key={c.topicId} cell={c} />
                ))}
                <Cell cell={m.overall} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={`${sticky} border-t-2 border-t-slate-300 bg-slate-50 font-semibold text-slate-900`}>
                Team average
              </th>
              {averages.topics.map((a) => (
                <AverageCell key={a.topicId} ratio={a.ratio} />
              ))}
              <AverageCell ratio={averages.overall} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="text-xs text-slate-500">Each cell: mastery, then how many of the topic&apos;s questions are mastered. Team average: the mean of the members&apos; shares.</p>
    </div>
  );
}
