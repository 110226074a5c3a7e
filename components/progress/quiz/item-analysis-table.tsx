import type { ItemAnalysisRow } from "@/lib/server/data/progress/get-item-analysis";
import { REVIEW_MIN_ANSWERS, REVIEW_REASON_LABEL } from "@/lib/progress/item-analysis";
import { KIND_LABELS } from "@/components/templates/labels";
import { Badge } from "@/components/ui/card";
import { formatStatistic } from "./format";

/** One row per question template: answers, facility, discrimination and whether it needs review. */
export function ItemAnalysisTable({ items }: { items: ItemAnalysisRow[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">No first attempt has answered a question yet.</p>;
  return (
    <>
      {/* Phones get one block per question: the title needs the full width. */}
      <ul className="divide-y divide-slate-100 sm:hidden">
        {items.map((item) => (
          <li key={item.key} className="py-3 text-sm">
            <ItemTitle item={item} />
            <dl className="mt-2 grid grid-cols-3 gap-2">
              <MobileStat label="Answered" value={String(item.count)} />
              <MobileStat label="Facility" value={`${formatStatistic(item.facility)} (${item.correct}/${item.count})`} />
              <MobileStat label="Discrimination" value={formatStatistic(item.discrimination)} />
            </dl>
            {item.needsReview ? (
              <div className="mt-2">
                <ReviewBadges item={item} />
              </div>
            ) : !item.judged ? (
              <p className="mt-2 text-xs text-slate-600">
                <TooFew count={item.count} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <div role="region" aria-label="Item analysis per question" tabIndex={0} className="hidden overflow-x-auto sm:block">
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">Question</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Answered</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Facility</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Discrimination</th>
              <th scope="col" className="py-2 font-medium">Review</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((item) => (
              <tr key={item.key} className="align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <ItemTitle item={item} />
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">{item.count}</td>
                <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">
                  {formatStatistic(item.facility)} <span className="text-slate-500">({item.correct}/{item.count})</span>
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatStatistic(item.discrimination)}</td>
                <td className="py-2">
                  {item.needsReview ? (
                    <ReviewBadges item={item} />
                  ) : item.judged ? (
                    <span className="text-slate-600">OK</span>
                  ) : (
                    <span className="text-slate-600">
                      <TooFew count={item.count} />
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ItemTitle({ item }: { item: ItemAnalysisRow }) {
  return (
    <>
      <span className="block font-medium text-slate-900">{item.title}</span>
      <span className="break-all text-xs text-slate-500">
        {KIND_LABELS[item.kind] ?? item.kind} · <code>{item.key}</code>
      </span>
    </>
  );
}

function ReviewBadges({ item }: { item: ItemAnalysisRow }) {
  return (
    <span className="flex flex-wrap gap-1">
      {item.reasons.map((reason) => (
        <Badge key={reason} tone="amber">
          {REVIEW_REASON_LABEL[reason]}
        </Badge>
      ))}
    </span>
  );
}

/** Below the minimum sample an item isn't judged: one attempt would make every item look too easy or too hard. */
function TooFew({ count }: { count: number }) {
  return (
    <>
      Too few answers to judge ({count} of {REVIEW_MIN_ANSWERS})
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
