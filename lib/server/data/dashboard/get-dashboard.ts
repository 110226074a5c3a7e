import "server-only";
import { getDb } from "@/lib/server/db";
import type { StudyStreak } from "@/lib/progress/streak";
import type { Actor } from "@/lib/server/data/actor";
import { getReviewSession } from "@/lib/server/data/flashcards/get-review-session";
import { listDecks } from "@/lib/server/data/flashcards/list-decks";
import { getStudentProgress, type TopicMastery } from "@/lib/server/data/progress/get-student-progress";
import { getTeamAggregates } from "@/lib/server/data/progress/get-team-aggregates";
import { getItemAnalysis } from "@/lib/server/data/progress/get-item-analysis";
import { listQuizzesForTeam } from "@/lib/server/data/progress/quiz-list-for-team";
import type { WindowState } from "@/lib/quiz/quiz-window";
import { listAvailableQuizzes } from "@/lib/server/data/quizzes/list-available-quizzes";
import { listTeams } from "@/lib/server/data/teams/list-teams";

/** A quiz counts as new on the dashboard for this long after it was published, until the student starts it. */
export const NEW_QUIZ_DAYS = 14;
/** How many of a team's latest quizzes the lead's alert checks for questions that need review. */
const LEAD_QUIZZES_CHECKED = 5;

export type OpenAttempt = { id: string; title: string; answered: number; questionCount: number; deadline: Date | null };

export type LeadAlert = {
  teamId: string;
  teamName: string;
  members: number;
  /** Members with at least one overdue flashcard review. */
  overdueMembers: number;
  /** Recent quizzes with questions flagged by item analysis. */
  quizzesToReview: { quizId: string; title: string; questions: number }[];
};

export type Dashboard = {
  review: { due: number; learning: number; newCards: number; decks: number };
  openAttempts: OpenAttempt[];
  /** Published lately, not started, not closed: open now or opening later. */
  newQuizzes: { id: string; title: string; questionCount: number; publishedAt: Date | null; timeLimitSeconds: number | null; window: WindowState }[];
  streak: StudyStreak;
  /** The topic with the lowest mastery among those the student answered questions in; null before any. */
  weakestTopic: TopicMastery | null;
  /** Topics without a single answer yet, in course order: where to start. */
  untouchedTopics: { slug: string; title: string }[];
  /** Alerts for the teams the actor leads (empty for everyone else). */
  leadAlerts: LeadAlert[];
};

/**
 * What the signed-in person should do next, gathered from their own data only: cards to review
 * today, an attempt to finish, quizzes published to them that they haven't started, their streak
 * and weakest topic, and, for team leads, what needs their attention in the teams they lead
 * (through the same authorised functions the team pages use).
 */
export async function getDashboard(actor: Actor, now: Date): Promise<Dashboard> {
  const db = getDb();
  const [session, decks, progress, quizzes, teams] = await Promise.all([
    getReviewSession(actor, now),
    listDecks(actor),
    getStudentProgress(actor, now),
    listAvailableQuizzes(actor, now),
    listTeams(actor),
  ]);
  // getStudentProgress closed the student's expired attempts first: what is open here really is.
  const open = await db.attempt.findMany({
    where: { userId: actor.id, status: "IN_PROGRESS", preview: false },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      deadline: true,
      questionCount: true,
      quiz: { select: { title: true } },
      topic: { select: { title: true } },
      _count: { select: { questions: { where: { answeredAt: { not: null } } } } },
    },
  });

  const since = now.getTime() - NEW_QUIZ_DAYS * 86_400_000;
  const answered = progress.topics.filter((t) => t.answered > 0 && t.ratio !== null);
  const weakestTopic = answered.sort((a, b) => a.ratio! - b.ratio! || b.answered - a.answered)[0] ?? null;

  const led = teams.filter((t) => t.myRole === "LEAD");
  const leadAlerts = await Promise.all(led.map((t) => leadAlert(actor, t.id, now)));

  return {
    review: { due: session.counts.review, learning: session.counts.learning, newCards: session.counts.new, decks: decks.filter((d) => d.subscribed).length },
    openAttempts: open.map((a) => ({
      id: a.id,
      title: a.quiz?.title ?? (a.topic ? `${a.topic.title} quiz` : "Quiz"),
      answered: a._count.questions,
      questionCount: a.questionCount,
      deadline: a.deadline,
    })),
    newQuizzes: quizzes
      .filter((q) => q.attemptsUsed === 0 && q.window.state !== "closed" && q.publishedAt !== null && q.publishedAt.getTime() >= since)
      .map((q) => ({ id: q.id, title: q.title, questionCount: q.questionCount, publishedAt: q.publishedAt, timeLimitSeconds: q.timeLimitSeconds, window: q.window })),
    streak: progress.streak,
    weakestTopic,
    untouchedTopics: progress.topics.filter((t) => t.answered === 0).map((t) => ({ slug: t.slug, title: t.title })),
    leadAlerts,
  };
}

async function leadAlert(actor: Actor, teamId: string, now: Date): Promise<LeadAlert> {
  const [aggregates, { team, quizzes }] = await Promise.all([getTeamAggregates(actor, { teamId }, now), listQuizzesForTeam(actor, { teamId }, now)]);
  const recent = quizzes.filter((q) => q.members > 0).slice(0, LEAD_QUIZZES_CHECKED);
  const analyses = await Promise.all(recent.map((q) => getItemAnalysis(actor, { teamId, quizId: q.id }, now)));
  return {
    teamId,
    teamName: team.name,
    members: aggregates.memberCount,
    overdueMembers: aggregates.overdue.members,
    quizzesToReview: recent
      .map((q, i) => ({ quizId: q.id, title: q.title, questions: analyses[i]!.items.filter((item) => item.needsReview).length }))
      .filter((q) => q.questions > 0),
  };
}
