import { Card } from "@/components/ui/card";
import type { DayCount } from "@/lib/srs/stats-days";
import { formatCount, formatDay, formatShortDay, pluralize } from "@/lib/srs/stats-format";
import { ChartFigure, StatsTable } from "./chart-figure";
import { StatsBarChart } from "./stats-bar-chart";

/** Cards coming due on each of the next 30 days. */
export function ForecastSection({ forecast }: { forecast: DayCount[] }) {
  const total = forecast.reduce((n, d) => n + d.count, 0);
  const today = forecast[0]?.count ?? 0;
  const label = (d: DayCount, i: number) => (i === 0 ? "Today" : formatShortDay(d.date));
  return (
    <Card>
      <h2 className="text-lg font-semibold">Due in the next 30 days</h2>
      <p className="mb-4 text-sm text-slate-600">
        {pluralize(total, "card")} in all, {formatCount(today)} today (overdue included). New cards are not counted.
      </p>
      <ChartFigure
        label={`Bar chart of cards due per day for 30 days: ${pluralize(total, "card")}, ${today} today`}
        table={<StatsTable caption="Cards due per day" columns={["Day", "Cards due"]} rows={forecast.map((d, i) => [i === 0 ? `Today, ${formatDay(d.date)}` : formatDay(d.date), d.count])} />}
      >
        <StatsBarChart rows={forecast.map((d, i) => ({ label: label(d, i), value: d.count }))} valueName="cards due" colour="#4f46e5" denseLabels />
      </ChartFigure>
    </Card>
  );
}
