import { Card } from "@/components/ui/card";
import type { BucketCount } from "@/lib/flashcards/stats-buckets";
import { pluralize } from "@/lib/format/display";
import { ChartFigure, StatsTable } from "./chart-figure";
import { StatsBarChart } from "./stats-bar-chart";

/** A histogram of the reviewed cards over one FSRS memory variable. */
export function DistributionSection({ title, description, buckets, bucketName, colour }: { title: string; description: string; buckets: BucketCount[]; bucketName: string; colour: string }) {
  const total = buckets.reduce((n, b) => n + b.count, 0);
  return (
    <Card>
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mb-4 text-sm text-slate-600">{description}</p>
      <ChartFigure
        label={`Histogram of ${title.toLowerCase()} over ${pluralize(total, "reviewed card")}`}
        table={<StatsTable caption={`${title} of reviewed cards`} columns={[bucketName, "Cards"]} rows={buckets.map((b) => [b.label, b.count])} />}
      >
        <StatsBarChart rows={buckets.map((b) => ({ label: b.label, value: b.count }))} valueName="cards" colour={colour} height={200} slantedLabels />
      </ChartFigure>
    </Card>
  );
}
