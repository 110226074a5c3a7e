import { addDays, currentStreak, dayRange, longestStreak } from "@/lib/time/calendar-days";

export type StudyStreak = {
  /** Consecutive study days ending today, or yesterday while today has no activity yet. */
  current: number;
  longest: number;
  studiedToday: boolean;
  /** The last `recentDays` local days, oldest first, for a small at-a-glance strip. */
  recent: { date: string; studied: boolean }[];
};

/**
 * Streaks over every kind of study: a day counts when the student reviewed a card or answered a
 * quiz question on it. The sources are merged first so a day with both counts once. `today` is
 * the student's local date ("YYYY-MM-DD", from `now` in their time zone); days after it are
 * ignored, so a clock running ahead on another device can't extend the streak.
 */
export function studyStreak(sources: readonly (readonly string[])[], today: string, recentDays = 14): StudyStreak {
  const studied = new Set<string>();
  for (const dates of sources) for (const d of dates) if (d <= today) studied.add(d);
  const dates = [...studied];
  return {
    current: currentStreak(dates, today),
    longest: longestStreak(dates),
    studiedToday: studied.has(today),
    recent: dayRange(addDays(today, -(recentDays - 1)), today).map((date) => ({ date, studied: studied.has(date) })),
  };
}
