import { formatDateTimeIn } from "@/components/ui/format";
import { describeTimeLeft, type WindowState } from "@/lib/quiz/quiz-window";

/** "Opens 7 Dec 2026, 09:00 CET (in 3 days)", "Closes … (5 h left)", "Closed on …": in the reader's account zone. */
export function QuizWindowNote({ window, now, timeZone }: { window: WindowState; now: Date; timeZone: string }) {
  if (window.state === "upcoming") {
    return (
      <p className="text-sm text-slate-700">
        Opens <time dateTime={window.opensAt.toISOString()}>{formatDateTimeIn(window.opensAt, timeZone)}</time> (in {describeTimeLeft(now, window.opensAt)})
      </p>
    );
  }
  if (window.state === "closed") {
    return (
      <p className="text-sm text-slate-700">
        Closed on <time dateTime={window.closedAt.toISOString()}>{formatDateTimeIn(window.closedAt, timeZone)}</time>
      </p>
    );
  }
  if (!window.closesAt) return null;
  return (
    <p className="text-sm text-slate-700">
      Closes <time dateTime={window.closesAt.toISOString()}>{formatDateTimeIn(window.closesAt, timeZone)}</time>{" "}
      <span className="font-medium text-amber-800">({describeTimeLeft(now, window.closesAt)} left)</span>
    </p>
  );
}
