import { formatDateTimeIn } from "@/components/ui/format";
import type { TeamActivity } from "@/lib/server/data/progress/get-team-member-progress";
import { formatDay, formatShare, pluralize } from "@/lib/format/display";

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The latest quizzes and review days of the team's members, newest first. */
export function ActivityList({ activity, timeZone }: { activity: TeamActivity[]; timeZone: string }) {
  if (activity.length === 0) return <p className="text-sm text-slate-600">No quizzes or reviews in this period.</p>;
  return (
    <ol className="divide-y divide-slate-100">
      {activity.map((e) => (
        <li key={`${e.kind}-${e.userId}-${e.at.toISOString()}`} className="flex flex-col gap-0.5 py-2 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
          {e.kind === "attempt" ? (
            <p>
              <span className="font-medium text-slate-900">{e.name}</span> finished {e.quizTitle ? <>the quiz “{e.quizTitle}”</> : <>a {e.topicTitle ?? "topic"} quiz</>}:{" "}
              <span className="font-medium tabular-nums">
                {e.correct}/{e.questions}
              </span>{" "}
              <span className="tabular-nums text-slate-600">
                ({formatShare(e.correct, e.questions)}) in {duration(e.seconds)}
              </span>
            </p>
          ) : (
            <p>
              <span className="font-medium text-slate-900">{e.name}</span> made {pluralize(e.reviews, "review")} on {formatDay(e.day)}
            </p>
          )}
          <time dateTime={e.at.toISOString()} className="shrink-0 text-xs text-slate-500">
            {formatDateTimeIn(e.at, timeZone)}
          </time>
        </li>
      ))}
    </ol>
  );
}
