import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { formatDateTimeIn, formatDuration } from "@/components/ui/format";

const duration = (ms: number) => formatDuration(Math.round(ms / 1000));

export type RatingCounts = { again: number; hard: number; good: number; easy: number };

const ROWS = [
  { rating: "again", label: "Again", tone: "text-red-700" },
  { rating: "hard", label: "Hard", tone: "text-amber-700" },
  { rating: "good", label: "Good", tone: "text-emerald-700" },
  { rating: "easy", label: "Easy", tone: "text-brand-700" },
] as const;

/** The end of a session: what was done, how long it took, and when the next card is due. */
export function SessionSummary({
  done,
  ratings,
  spentMs,
  nextDue,
  timeZone,
  error,
  children,
}: {
  done: number;
  ratings: RatingCounts;
  spentMs: number;
  nextDue: Date | null;
  timeZone: string;
  error: string | null;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="session-summary" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="session-summary" className="text-lg font-semibold">
        {done ? "Session complete" : "Nothing due right now"}
      </h2>
      {done ? (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {ROWS.map((r) => (
              <div key={r.rating} className="rounded-md bg-slate-50 px-3 py-2">
                <dt className="text-xs text-slate-500">{r.label}</dt>
                <dd className={`text-xl font-semibold tabular-nums ${r.tone}`}>{ratings[r.rating]}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-slate-700">
            {done} review{done === 1 ? "" : "s"} in {duration(spentMs)}
            {done ? ` (${duration(spentMs / done)} per card)` : ""}.
          </p>
        </>
      ) : null}
      <p className="text-sm text-slate-600">
        {nextDue ? (
          <>
            Next card due <strong>{formatDateTimeIn(nextDue, timeZone)}</strong>.
          </>
        ) : (
          "No reviews are scheduled yet: new cards arrive tomorrow, up to your daily limit."
        )}
      </p>
      {children}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}
