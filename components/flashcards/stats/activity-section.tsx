import { Card } from "@/components/ui/card";
import { currentStreak, longestStreak, type DayCount } from "@/lib/time/calendar-days";
import { formatCount, formatDay, pluralize } from "@/lib/format/display";
import { calendarGrid, monthlyTotals } from "@/lib/flashcards/stats-heatmap";
import { ChartFigure, StatsTable, StatTile } from "./chart-figure";
import { ReviewCalendar } from "./review-calendar";

/** Reviews per day over the last year with the totals and streaks above it. */
export function ActivitySection({ days, today }: { days: DayCount[]; today: string }) {
  const year = calendarGrid(days, today, 53);
  const studied = days.filter((d) => d.count > 0).map((d) => d.date);
  const streak = currentStreak(studied, today);
  const allTime = days.reduce((n, d) => n + d.count, 0);
  const months = monthlyTotals(days, year.from, year.to).reverse();
  return (
    <Card>
      <h2 className="text-lg font-semibold">Reviews per day</h2>
      <p className="mb-4 text-sm text-slate-600">Since {formatDay(year.from)}. Hover a square for its day.</p>
      <dl className="mb-5 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatTile label="Reviews" value={formatCount(year.total)} detail={allTime > year.total ? `${formatCount(allTime)} all time` : "in this period"} />
        <StatTile label="Days studied" value={formatCount(year.studiedDays)} detail="with at least one review" />
        <StatTile label="Current streak" value={pluralize(streak, "day")} detail={streak > 0 && !studied.includes(today) ? "review today to keep it" : "days in a row"} />
        <StatTile label="Longest streak" value={pluralize(longestStreak(studied), "day")} detail="all time" />
      </dl>
      <ChartFigure
        label="Calendar of reviews per day"
        table={<StatsTable caption="Reviews and days studied per month, newest first" columns={["Month", "Reviews", "Days studied"]} rows={months.map((m) => [m.label, m.reviews, m.days])} />}
      >
        <ReviewCalendar days={days} today={today} />
      </ChartFigure>
    </Card>
  );
}
