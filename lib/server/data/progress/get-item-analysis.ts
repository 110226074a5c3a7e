import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/server/db";
import { DISCRIMINATION_MIN_COUNT, hasEnoughAnswers, reviewReasons, type ReviewReason } from "@/lib/progress/item-analysis";
import type { Actor } from "@/lib/server/data/actor";
import type { GradingMethod } from "@/lib/quiz/grading-method";
import { gradeMembers, queryFinishedTeamAttempts } from "./internal/graded-team-attempts";
import { requireTeamQuiz, type TeamQuizScope } from "./internal/quiz-team-scope";
import { renderWrongAnswers, type WrongAnswerGroup } from "./internal/quiz-wrong-answers";

export type ItemAnalysisRow = {
  key: string;
  title: string;
  kind: QuestionKind;
  /** Graded attempts that answered the item. */
  count: number;
  /** Of those, answers with full credit. */
  correct: number;
  /** Mean share of the item's marks earned, 0…1 (partial credit counts as its share). */
  facility: number;
  /** Item–rest correlation, or null when undefined (no variance, or fewer than 3 answers). */
  discrimination: number | null;
  /** False below the minimum sample: too few answers to say anything about the item. */
  judged: boolean;
  needsReview: boolean;
  reasons: ReviewReason[];
  /** Wrong answers by misconception, most common first; null for kinds that aren't analysed (ordering, short text, matching, multiple answers). */
  wrongAnswers: WrongAnswerGroup[] | null;
};

export type ItemAnalysis = TeamQuizScope & {
  gradingMethod: GradingMethod;
  /** The attempts analysed: those the members' grades count (all of them under "average"). */
  attempts: number;
  items: ItemAnalysisRow[];
};

const ANALYSED_KINDS: readonly QuestionKind[] = ["NUMERIC", "MULTIPLE_CHOICE", "TRUE_FALSE"];

/** One row as PostgreSQL returns it: the item's figures and its key (null for a deleted template). */
type Raw = Pick<ItemAnalysisRow, "title" | "kind" | "count" | "correct" | "facility" | "discrimination"> & { key: string | null };

/**
 * Item analysis of a quiz for a team, over the attempts the members' grades count under the
 * quiz's grading method (each member's first, last or highest attempt, or all of them for
 * "average"), as the results table grades. Per template key: how many of those attempts answered
 * it, facility (the mean share of its marks earned, partial credit included) and discrimination —
 * Pearson's r between the item's score and the rest of the attempt (its marks minus the item's)
 * — aggregated in PostgreSQL. A template appearing twice in one attempt counts once, by its first
 * position.
 */
export async function getItemAnalysis(actor: Actor, input: { teamId: string; quizId: string }, now: Date): Promise<ItemAnalysis> {
  const db = getDb();
  const scope = await requireTeamQuiz(db, actor, input.teamId, input.quizId);
  const [quiz, finished] = await Promise.all([
    db.quiz.findUniqueOrThrow({ where: { id: input.quizId }, select: { gradingMethod: true, passPercent: true } }),
    queryFinishedTeamAttempts(db, input.teamId, [input.quizId], now),
  ]);
  const ids = [...gradeMembers(finished, quiz.gradingMethod, quiz.passPercent).values()].flatMap((g) => g.counted.map((a) => a.id));
  if (ids.length === 0) return { ...scope, gradingMethod: quiz.gradingMethod, attempts: 0, items: [] };
  const graded = Prisma.sql`(SELECT a.id, a."marksEarned" FROM "Attempt" a WHERE a.id = ANY(${ids}::text[]))`;
  const [rows, wrongAnswers] = await Promise.all([
    db.$queryRaw<Raw[]>`
      WITH graded AS ${graded},
      answers AS (
        SELECT DISTINCT ON (g.id, qt.key) qt.key, aq.position, (aq.correct IS TRUE)::int AS "fullCredit",
               COALESCE(aq.score, 0)::float8 AS item,
               (g."marksEarned" - COALESCE(aq.score, 0) * aq.marks)::float8 AS rest
        FROM graded g
        JOIN "AttemptQuestion" aq ON aq."attemptId" = g.id
        JOIN "QuestionTemplate" qt ON qt.id = aq."templateId"
        WHERE aq."answeredAt" IS NOT NULL
        ORDER BY g.id, qt.key, aq.position
      ),
      stats AS (
        SELECT key, min(position) AS position, count(*)::int AS count, sum("fullCredit")::int AS correct, avg(item) AS facility,
               -- corr() is NULL when either side has no variance, which is exactly "undefined".
               CASE WHEN count(*) >= ${DISCRIMINATION_MIN_COUNT} THEN corr(item, rest) END AS discrimination
        FROM answers
        GROUP BY key
      )
      SELECT s.key, t.title, t.kind, s.count, s.correct, s.facility, s.discrimination
      FROM stats s
      LEFT JOIN LATERAL (
        -- The title as the template reads now; older versions answered in earlier attempts share the key.
        SELECT qt.title, qt.kind FROM "QuestionTemplate" qt WHERE qt.key = s.key ORDER BY qt."isLatest" DESC, qt.version DESC LIMIT 1
      ) t ON true
      ORDER BY s.position, s.key`,
    renderWrongAnswers(db, graded, ANALYSED_KINDS),
  ]);
  const items = rows.flatMap((r): ItemAnalysisRow[] => {
    if (r.key === null) return [];
    const reasons = reviewReasons({ count: r.count, facility: r.facility, discrimination: r.discrimination });
    return [
      {
        key: r.key,
        title: r.title,
        kind: r.kind,
        count: r.count,
        correct: r.correct,
        facility: r.facility,
        discrimination: r.discrimination,
        judged: hasEnoughAnswers(r.count),
        needsReview: reasons.length > 0,
        reasons,
        wrongAnswers: ANALYSED_KINDS.includes(r.kind) ? (wrongAnswers.get(r.key) ?? []) : null,
      },
    ];
  });
  return { ...scope, gradingMethod: quiz.gradingMethod, attempts: ids.length, items };
}
