import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export type QuickRange = { label: string; from: string; to: string };

/**
 * The period filter: a plain GET form (no script needed), so the chosen period is in the URL
 * and a reload, a shared link or the CSV link all show the same days.
 */
export function DateRangeFilter({
  action,
  from,
  to,
  quickRanges,
  error,
  errorField,
}: {
  action: string;
  from: string;
  to: string;
  quickRanges: QuickRange[];
  error?: string;
  errorField?: "from" | "to";
}) {
  // The message sits under the whole row (not inside one field, which would push the other out of line).
  const invalid = (field: "from" | "to") => (error && errorField === field ? { "aria-invalid": true, "aria-describedby": "period-error" } : {});
  return (
    <div className="space-y-3">
      {/* Keyed by the period: after a quick link, the inputs must show the new days, not keep the typed ones. */}
      <form key={`${from}/${to}`} method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Period">
        <Field label="From" name="from" type="date" defaultValue={from} className="w-40" {...invalid("from")} />
        <Field label="To" name="to" type="date" defaultValue={to} className="w-40" {...invalid("to")} />
        <button type="submit" className={buttonClasses("secondary")}>
          Apply
        </button>
      </form>
      {error ? (
        <p id="period-error" role="alert" className="text-sm text-red-700">
          {error} Showing the last 30 days instead.
        </p>
      ) : null}
      <nav aria-label="Quick periods" className="flex flex-wrap gap-2 text-sm">
        {quickRanges.map((q) => {
          const current = !error && q.from === from && q.to === to;
          return (
            <Link
              key={q.label}
              href={`${action}?from=${q.from}&to=${q.to}`}
              aria-current={current ? "true" : undefined}
              className={`rounded-full px-3 py-1 ring-1 ring-inset ${current ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
            >
              {q.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
