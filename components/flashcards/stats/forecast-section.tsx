import { Card } from "@/components/ui/card";
import type { DayCount } from "@/lib/time/calendar-days";
import { ForecastFigure, forecastSummary } from "./forecast-figure";

/** Cards coming due on each of the next 30 days. */
export function ForecastSection({ forecast }: { forecast: DayCount[] }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Due in the next 30 days</h2>
      <p className="mb-4 text-sm text-slate-600">{forecastSummary(forecast)}</p>
      <ForecastFigure forecast={forecast} />
    </Card>
  );
}
