import type { DayCount } from "@/lib/time/calendar-days";
import { formatCount, formatDay, formatShortDay, pluralize } from "@/lib/format/display";
import { ChartFigure, StatsTable } from "./chart-figure";
import { StatsBarChart } from "./stats-bar-chart";

/** "120 cards in all, 14 today (overdue included). New cards are not counted." */
export function forecastSummary(forecast: readonly DayCount[]): string {
  const total = forecast.reduce((n, d) => n + d.count, 0);
  return `${pluralize(total, "card")} in all, ${formatCount(forecast[0]?.count ?? 0)} today (overdue included). New cards are not counted.`;
}

/** Cards due on each of the next 30 days as a bar chart, with the same figures as a table. */
export function ForecastFigure({ forecast, height }: { forecast: DayCount[]; height?: number }) {
  const total = forecast.reduce((n, d) => n + d.count, 0);
  const today = forecast[0]?.count ?? 0;
  return (
    <ChartFigure
      label={`Bar chart of cards due per day for 30 days: ${pluralize(total, "card")}, ${today} today`}
      table={<StatsTable caption="Cards due per day" columns={["Day", "Cards due"]} rows={forecast.map((d, i) => [i === 0 ? `Today, ${formatDay(d.date)}` : formatDay(d.date), d.count])} />}
    >
      <StatsBarChart rows={forecast.map((d, i) => ({ label: i === 0 ? "Today" : formatShortDay(d.date), value: d.count }))} valueName="cards due" height={height} denseLabels />
    </ChartFigure>
  );
}
