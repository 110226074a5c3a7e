import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ChartFigure, StatsTable } from "@/components/flashcards/stats/chart-figure";
import { MASTERY_DEFINITION } from "@/lib/progress/mastery";
import type { TopicMastery } from "@/lib/server/data/progress/get-student-progress";
import { formatPercent } from "@/lib/format/display";
import { MASTERY_BANDS, masteryBand } from "./mastery-band";
import { MasteryChart } from "./mastery-chart";

/** Mastery per topic: a bar each, the definition beside it, the numbers as a table. */
export function MasterySection({ topics }: { topics: TopicMastery[] }) {
  const started = topics.filter((t) => t.answered > 0);
  const summary = topics.map((t) => `${t.title} ${formatPercent(t.ratio)}`).join(", ");
  return (
    <Card>
      <h2 className="text-lg font-semibold">Mastery by topic</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">{MASTERY_DEFINITION}</p>
      {started.length === 0 ? (
        <p className="mb-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
          You haven&apos;t answered any quiz questions yet, so every topic is at 0 %.{" "}
          <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
            Pick a topic
          </Link>{" "}
          and start a topic quiz to see your mastery grow.
        </p>
      ) : null}
      <ChartFigure
        label={`Bar chart of mastery by topic: ${summary}`}
        caption={
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            {MASTERY_BANDS.map((b) => (
              <span key={b.name} className="inline-flex items-center gap-1.5">
                <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: b.colour }} />
                {b.name}
              </span>
            ))}
          </span>
        }
        table={
          <StatsTable
            caption="Mastery by topic"
            columns={["Topic", "Mastery", "Mastered", "Answered", "Questions"]}
            rows={topics.map((t) => [t.title, formatPercent(t.ratio), t.mastered, t.answered, t.total])}
          />
        }
      >
        <MasteryChart
          rows={topics.map((t) => ({
            topic: t.title,
            percent: t.ratio === null ? 0 : Math.round(t.ratio * 1000) / 10,
            label: `${formatPercent(t.ratio)} · ${t.mastered}/${t.total}`,
            fill: masteryBand(t.ratio, t.answered).colour,
          }))}
        />
      </ChartFigure>
      <h3 id="practise-heading" className="mt-4 mb-2 text-sm font-medium text-slate-700">
        Practise a topic
      </h3>
      <ul aria-labelledby="practise-heading" className="flex flex-wrap gap-2 text-sm">
        {topics.map((t) => (
          <li key={t.slug}>
            <Link href={`/topics/${t.slug}`} className="inline-block rounded-md border border-slate-200 px-2.5 py-1 text-slate-700 hover:border-brand-500 hover:text-brand-700">
              {t.title}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
