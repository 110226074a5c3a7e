import type { TeamMemberRow } from "@/lib/server/data/progress/get-team-member-progress";
import { formatCount, formatShare, pluralize } from "@/lib/format/display";

/** Most overdue first: the oldest overdue card, then the number of overdue cards, then name. */
function byMostOverdue(a: TeamMemberRow, b: TeamMemberRow): number {
  return (b.overdue.oldestDays ?? -1) - (a.overdue.oldestDays ?? -1) || b.overdue.cards - a.overdue.cards || a.name.localeCompare(b.name);
}

/** Who is behind on reviews and by how much, with each member's true retention in the period. */
export function ReviewLoadTable({ members }: { members: TeamMemberRow[] }) {
  const sorted = [...members].sort(byMostOverdue);
  const behind = members.filter((m) => m.overdue.cards > 0).length;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {behind === 0 ? "No one has overdue reviews." : `${behind} of ${pluralize(members.length, "member")} ${behind === 1 ? "has" : "have"} overdue reviews.`} A card is
        overdue when it was due before the start of the member&apos;s own today (in their time zone). Retention counts each card&apos;s first review of a day
        while in review: Again fails, the rest pass.
      </p>
      <div role="region" aria-label="Overdue reviews and retention per member" tabIndex={0} className="max-w-full overflow-x-auto">
        <table className="review-load w-full text-left text-sm">
          <caption className="sr-only">Overdue reviews and true retention per member, most overdue first</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Member
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                Overdue cards
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                Oldest overdue
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Retention
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {sorted.map((m) => (
              // Cell styles come from the `.review-load` rules in globals.css: one rule for every row.
              <tr key={m.userId}>
                <th scope="row">{m.name}</th>
                <td className={m.overdue.cards > 0 ? "font-semibold text-amber-800" : "text-slate-500"}>{formatCount(m.overdue.cards)}</td>
                <td>{m.overdue.oldestDays === null ? "—" : pluralize(m.overdue.oldestDays, "day")}</td>
                <td className="whitespace-nowrap">
                  {formatShare(m.retention.passed, m.retention.total)}
                  {m.retention.total > 0 ? (
                    <small>{`${formatCount(m.retention.passed)}/${formatCount(m.retention.total)}`}</small>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
