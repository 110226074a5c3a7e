import { Card } from "@/components/ui/card";
import type { Ratio, ReviewStats } from "@/lib/server/data/flashcards/get-review-stats";
import { formatCount, formatShare } from "@/lib/format/display";

function Row({ label, ratio }: { label: string; ratio: Ratio }) {
  return (
    <div className="flex items-baseline justify-between gap-3 rounded-md bg-slate-50 px-3 py-2">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-right">
        <span className="text-xl font-semibold tabular-nums text-slate-900">{formatShare(ratio.passed, ratio.total)}</span>
        <span className="ml-2 text-xs tabular-nums text-slate-500">
          {formatCount(ratio.passed)} passed / {formatCount(ratio.total)}
        </span>
      </dd>
    </div>
  );
}

/** How often cards in review were remembered, the number the desired retention setting aims at. */
export function RetentionSection({ retention }: { retention: ReviewStats["retention"] }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">True retention</h2>
      <p className="mb-4 text-sm text-slate-600">
        Share of passed reviews among each card&apos;s first review of a day while the card was in review (not learning): Again is a fail, Hard, Good and Easy
        are passes.
      </p>
      <dl className="space-y-2">
        <Row label="Last 7 days" ratio={retention.last7} />
        <Row label="Last 30 days" ratio={retention.last30} />
        <Row label="All time" ratio={retention.allTime} />
      </dl>
    </Card>
  );
}
