import { calendarGrid, heatRanges, type CalendarGrid, type HeatLevel } from "@/lib/flashcards/stats-heatmap";
import { formatDay, pluralize } from "@/lib/format/display";
import type { DayCount } from "@/lib/time/calendar-days";

const STEP = 15;
const CELL = 12;
const LEFT = 30;
const TOP = 16;
const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];

export const HEAT_COLOURS: Record<HeatLevel, string> = { 0: "var(--chart-heat-0)", 1: "var(--chart-heat-1)", 2: "var(--chart-heat-2)", 3: "var(--chart-heat-3)", 4: "var(--chart-heat-4)" };

function CalendarSvg({ grid, label, className }: { grid: CalendarGrid; label: string; className: string }) {
  const width = LEFT + grid.weeks.length * STEP;
  const height = TOP + 7 * STEP;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} className={className}>
      {grid.months.map((m) => (
        <text key={m.week} x={LEFT + m.week * STEP} y={11} fontSize={10} className="fill-slate-500">
          {m.label}
        </text>
      ))}
      {WEEKDAYS.map((d, i) =>
        d ? (
          <text key={d} x={0} y={TOP + i * STEP + CELL - 2} fontSize={10} className="fill-slate-500">
            {d}
          </text>
        ) : null,
      )}
      {grid.weeks.map((week, w) =>
        week.map((cell, d) =>
          cell ? (
            <rect key={cell.date} x={LEFT + w * STEP} y={TOP + d * STEP} width={CELL} height={CELL} rx={2} fill={HEAT_COLOURS[cell.level]}>
              <title>{`${cell.count === 0 ? "No reviews" : pluralize(cell.count, "review")} on ${formatDay(cell.date)}`}</title>
            </rect>
          ) : null,
        ),
      )}
    </svg>
  );
}

function summary(grid: CalendarGrid): string {
  const busiest = grid.weeks.flat().reduce<{ date: string; count: number } | null>((best, c) => (c && c.count > (best?.count ?? 0) ? c : best), null);
  const base = `Reviews per day from ${formatDay(grid.from)} to ${formatDay(grid.to)}: ${pluralize(grid.total, "review")} on ${pluralize(grid.studiedDays, "day")}`;
  return busiest ? `${base}; the busiest day was ${formatDay(busiest.date)} with ${pluralize(busiest.count, "review")}.` : `${base}.`;
}

/**
 * GitHub-style calendar of reviews per local day: a year of weeks on wider screens, the last
 * five months on a phone so the squares stay large enough to see.
 */
export function ReviewCalendar({ days, today }: { days: DayCount[]; today: string }) {
  const year = calendarGrid(days, today, 53);
  const recent = calendarGrid(days, today, 21);
  const ranges = heatRanges(year.max);
  return (
    <div className="min-w-0">
      <CalendarSvg grid={year} label={summary(year)} className="hidden sm:block" />
      <CalendarSvg grid={recent} label={summary(recent)} className="sm:hidden" />
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <span id="calendar-scale">Reviews a day:</span>
        <ul aria-labelledby="calendar-scale" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {ranges.map((r) => (
            <li key={r.level} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: HEAT_COLOURS[r.level] }} />
              <span>{r.max === 0 ? "0" : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
