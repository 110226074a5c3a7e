import { Card } from "@/components/ui/card";
import type { StudyStreak } from "@/lib/progress/streak";
import { formatDay, formatShortDay, pluralize } from "@/lib/format/display";

/** Current and longest streak of study days, and the last two weeks at a glance. */
export function StreakSection({ streak }: { streak: StudyStreak }) {
  const studiedRecently = streak.recent.filter((d) => d.studied).length;
  const hint =
    streak.current === 0 ? "Study today to start one." : streak.studiedToday ? "You studied today." : "Study today to keep it going.";
  return (
    <Card>
      <h2 className="text-lg font-semibold">Study streak</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">Days in a row with a flashcard review or an answered quiz question.</p>
      <dl className="mb-4 grid grid-cols-2 gap-3">
        <div className="rounded-md bg-slate-50 px-3 py-2">
          <dt className="text-xs text-slate-600">Current streak</dt>
          <dd className="text-xl font-semibold tabular-nums text-slate-900">{pluralize(streak.current, "day")}</dd>
          <dd className="text-xs text-slate-500">{hint}</dd>
        </div>
        <div className="rounded-md bg-slate-50 px-3 py-2">
          <dt className="text-xs text-slate-600">Longest streak</dt>
          <dd className="text-xl font-semibold tabular-nums text-slate-900">{pluralize(streak.longest, "day")}</dd>
          <dd className="text-xs text-slate-500">all time</dd>
        </div>
      </dl>
      <h3 className="mb-2 text-xs font-medium text-slate-600">Last {streak.recent.length} days</h3>
      <p className="sr-only">
        You studied on {pluralize(studiedRecently, "day")} of the last {streak.recent.length}
        {studiedRecently > 0 ? `: ${streak.recent.filter((d) => d.studied).map((d) => formatDay(d.date)).join(", ")}.` : "."}
      </p>
      <ol aria-hidden className="grid grid-cols-7 gap-1.5">
        {streak.recent.map((d, i) => (
          <li key={d.date} className="flex flex-col items-center gap-1" title={`${formatDay(d.date)}: ${d.studied ? "studied" : "no study"}`}>
            <span className={`block h-6 w-full max-w-8 rounded ${d.studied ? "bg-emerald-600" : "border border-slate-200 bg-slate-50"}`} />
            <span className="text-[10px] leading-none text-slate-500">{i === streak.recent.length - 1 ? "Today" : formatShortDay(d.date).split(" ")[0]}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
