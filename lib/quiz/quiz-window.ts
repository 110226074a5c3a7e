/**
 * When a quiz can be taken. A quiz has optional open and close instants; each team it is
 * published to may replace either (Moodle's group overrides). A member of several of those teams
 * gets the widest window: the earliest opening and the latest closing. A closed quiz refuses new
 * attempts, and an open attempt's deadline is never after the close.
 */

export type QuizWindow = { opensAt: Date | null; closesAt: Date | null };

export type WindowState = { state: "upcoming"; opensAt: Date } | { state: "open"; closesAt: Date | null } | { state: "closed"; closedAt: Date };

/**
 * The window a student has: the quiz's own when it is published to everyone (or when none of
 * their teams has the quiz), otherwise the union over their teams' windows, each team's dates
 * falling back to the quiz's.
 */
export function effectiveWindow(quiz: QuizWindow, teamWindows: readonly QuizWindow[]): QuizWindow {
  if (teamWindows.length === 0) return quiz;
  let opensAt: Date | null | undefined;
  let closesAt: Date | null | undefined;
  for (const t of teamWindows) {
    const open = t.opensAt ?? quiz.opensAt;
    const close = t.closesAt ?? quiz.closesAt;
    // null is "always open" / "never closes", the widest there is.
    opensAt = opensAt === undefined ? open : opensAt === null || open === null ? null : open < opensAt ? open : opensAt;
    closesAt = closesAt === undefined ? close : closesAt === null || close === null ? null : close > closesAt ? close : closesAt;
  }
  return { opensAt: opensAt ?? null, closesAt: closesAt ?? null };
}

export function windowState(window: QuizWindow, now: Date): WindowState {
  if (window.opensAt && now < window.opensAt) return { state: "upcoming", opensAt: window.opensAt };
  if (window.closesAt && now >= window.closesAt) return { state: "closed", closedAt: window.closesAt };
  return { state: "open", closesAt: window.closesAt };
}

/** The server-side end of an attempt started at `startedAt`: its time limit or the quiz's close, whichever comes first. */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | null, closesAt: Date | null): Date | null {
  const limit = timeLimitSeconds ? new Date(startedAt.getTime() + timeLimitSeconds * 1000) : null;
  if (!limit) return closesAt;
  if (!closesAt) return limit;
  return limit < closesAt ? limit : closesAt;
}

/** "3 days", "5 h 20 min", "12 min", "less than a minute": how long until an instant. */
export function describeTimeLeft(from: Date, to: Date): string {
  const minutes = Math.floor((to.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
