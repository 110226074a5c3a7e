import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_RANGE_DAYS } from "@/lib/schemas/date-range";
import { ValidationError } from "@/lib/server/errors";

export type TeamPeriod = { from: Date | null; to: Date | null };

// A period a little over the longest one a filter allows: its days are local to the viewer, so
// the instants may span up to a day more than MAX_RANGE_DAYS × 24 h.
const MAX_PERIOD_MS = (MAX_RANGE_DAYS + 2) * 86_400_000;

/**
 * The period of a team dashboard, [from, to): either end may be open (all time). Checked here as
 * well as in the filter's schema because callers other than the page (the export, scripts) pass
 * instants directly, and a reversed period would quietly show an empty dashboard.
 */
export function checkTeamPeriod(input: { from?: Date | null; to?: Date | null }): TeamPeriod {
  const from = input.from ?? null;
  const to = input.to ?? null;
  if (from && to && from.getTime() > to.getTime()) throw new ValidationError("The start date must be on or before the end date.");
  if (from && to && to.getTime() - from.getTime() > MAX_PERIOD_MS) throw new ValidationError(`Choose at most ${MAX_RANGE_DAYS} days.`);
  return { from, to };
}

/** `column` between the period's ends (either may be open), shifted by `slack` (a Postgres interval). */
export function inPeriod(column: Prisma.Sql, period: TeamPeriod, slack = "0 days"): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (period.from) parts.push(Prisma.sql`${column} >= ${period.from.toISOString()}::timestamp - ${slack}::interval`);
  if (period.to) parts.push(Prisma.sql`${column} < ${period.to.toISOString()}::timestamp + ${slack}::interval`);
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}
