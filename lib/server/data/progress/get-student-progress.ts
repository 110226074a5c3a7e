import "server-only";
import { getDb } from "@/lib/server/db";
import { masteryRatio } from "@/lib/progress/mastery";
import { studyStreak, type StudyStreak } from "@/lib/progress/streak";
import type { DayCount } from "@/lib/time/calendar-days";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "@/lib/time/day-bounds";
import type { Actor } from "@/lib/server/data/actor";
import { closeExpiredAttempts } from "@/lib/server/data/attempts/internal/close-expired-attempts";
import { getReviewStats, type Ratio } from "@/lib/server/data/flashcards/get-review-stats";
import { queryMastery } from "./query-mastery";
import { queryQuizStudyDays } from "./internal/student-study-days";
import { queryQuizHistory, type QuizHistoryEntry } from "./student-quiz-history";

export const QUIZ_HISTORY_LIMIT = 20;

export type TopicMastery = {
  slug: string;
  title: string;
  mastered: number;
  answered: number;
  total: number;
  /** mastered / total, 0–1; null for a topic without active questions. */
  ratio: number | null;
};

export type StudentProgress = {
  timeZone: string;
  /** The student's local date ("YYYY-MM-DD"). */
  today: string;
  topics: TopicMastery[];
  quizHistory: { entries: QuizHistoryEntry[]; total: number };
  flashcards: {
    /** Cards in the decks the student studies now (0: no decks yet). */
    cards: number;
    reviews: number;
    retention: { last7: Ratio; last30: Ratio };
    /** Cards due today, overdue ones included. */
    dueToday: number;
    forecast: DayCount[];
  };
  streak: StudyStreak;
};

/**
 * The acting student's own progress: mastery per topic, recent quiz results, flashcard retention
 * and due load, and the study streak. It takes no user id: whoever asks sees only themselves.
 */
export async function getStudentProgress(actor: Actor, now: Date): Promise<StudentProgress> {
  const db = getDb();
  await closeExpiredAttempts(db, [actor.id], now);
  // Quiz days are counted in the same zone getReviewStats uses for review days.
  const quizStudyDays = db.user
    .findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } })
    .then((u) => queryQuizStudyDays(db, actor.id, isValidTimeZone(u.timeZone) ? u.timeZone : DEFAULT_TIME_ZONE));
  const [topics, mastery, quizHistory, stats, quizDays] = await Promise.all([
    db.topic.findMany({ orderBy: { order: "asc" }, select: { id: true, slug: true, title: true } }),
    queryMastery(db, [actor.id]),
    queryQuizHistory(db, actor.id, QUIZ_HISTORY_LIMIT),
    getReviewStats(actor, now),
    quizStudyDays,
  ]);

  const byTopic = new Map(mastery.map((m) => [m.topicId, m]));
  return {
    timeZone: stats.timeZone,
    today: stats.today,
    // Topics without active questions have no mastery to show, so they are left out.
    topics: topics.flatMap((t) => {
      const m = byTopic.get(t.id);
      return m ? [{ slug: t.slug, title: t.title, mastered: m.mastered, answered: m.answered, total: m.total, ratio: masteryRatio(m) }] : [];
    }),
    quizHistory,
    flashcards: {
      cards: stats.cards.total,
      reviews: stats.days.reduce((n, d) => n + d.count, 0),
      retention: { last7: stats.retention.last7, last30: stats.retention.last30 },
      dueToday: stats.forecast[0]?.count ?? 0,
      forecast: stats.forecast,
    },
    streak: studyStreak([stats.days.map((d) => d.date), quizDays], stats.today),
  };
}
