import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/server/db";
import { DISCRIMINATION_MIN_COUNT, hasEnoughAnswers, reviewReasons, type ReviewReason } from "@/lib/progress/item-analysis";
import type { Actor } from "@/lib/server/data/actor";
import { finishedTeamAttempts, requireTeamQuiz, type TeamQuizScope } from "./internal/quiz-team-scope";
import { renderWrongAnswers, type WrongAnswerGroup } from "./internal/quiz-wrong-answers";

export type ItemAnalysisRow = {
  key: string;
  title: string;
  kind: QuestionKind;
  /** First attempts that answered the item. */
  count: number;
  correct: number;
  /** Share of those answers that were correct, 0…1. */
  facility: number;
  /** Item–rest correlation, or null when undefined (no variance, or fewer than 3 answers). */
  discrimination: number | null;
  /** False below the minimum sample: too few answers to say anything about the item. */
  judged: boolean;
  needsReview: boolean;
  reasons: ReviewReason[];
  /** Wrong answers by misconception, most common first; null for kinds that aren't analysed (ordering, short text). */
  wrongAnswers: WrongAnswerGroup[] | null;
};

export type ItemAnalysis = TeamQuizScope & { firstAttempts: number; items: ItemAnalysisRow[] };

const ANALYSED_KINDS: readonly QuestionKind[] = ["NUMERIC", "MULTIPLE_CHOICE", "TRUE_FALSE"];

/** One row as PostgreSQL returns it: the item's figures, its key (null for a deleted template) and the attempt count. */
type Raw = Pick<ItemAnalysisRow, "title" | "kind" | "count" | "correct" | "facility" | "discrimination"> & { firstAttempts: number; key: string | null };

/**
 * Item analysis of a quiz for a team, over each member's first finished attempt (later attempts
 * would reward remembering the questions). Per template key: how many first attempts answered it,
 * facility, and discrimination — Pearson's r between the item score (0/1) and the rest of the
 * test (that attempt's number correct minus the item) — all aggregated in PostgreSQL. A template
 * appearing twice in one attempt counts once, by its first position.
 */
export async function getItemAnalysis(actor: Actor, input: { teamId: string; quizId: string }, now: Date): Promise<ItemAnalysis> {
  const db = getDb();
  const scope = await requireTeamQuiz(db, actor, input.teamId, input.quizId);
  const firsts = Prisma.sql`(
    SELECT DISTINCT ON (f."userId") f.id, f."correctCount"
    FROM ${finishedTeamAttempts(input.teamId, Prisma.sql`${input.quizId}`, now)} f
    ORDER BY f."userId", f."startedAt", f.id
  )`;
  const [rows, wrongAnswers] = await Promise.all([
    db.$queryRaw<Raw[]>`
      WITH firsts AS ${firsts},
      answers AS (
        SELECT DISTINCT ON (f.id, qt.key) qt.key, aq.position,
               (aq.correct IS TRUE)::int::float8 AS item,
               (f."correctCount" - (aq.correct IS TRUE)::int)::float8 AS rest
        FROM firsts f
        JOIN "AttemptQuestion" aq ON aq."attemptId" = f.id
        JOIN "QuestionTemplate" qt ON qt.id = aq."templateId"
        WHERE aq."answeredAt" IS NOT NULL
        ORDER BY f.id, qt.key, aq.position
      ),
      stats AS (
        SELECT key, min(position) AS position, count(*)::int AS count, sum(item)::int AS correct, avg(item) AS facility,
               -- corr() is NULL when either side has no variance, which is exactly "undefined".
               CASE WHEN count(*) >= ${DISCRIMINATION_MIN_COUNT} THEN corr(item, rest) END AS discrimination
        FROM answers
        GROUP BY key
      )
      SELECT n."firstAttempts", s.key, t.title, t.kind, s.count, s.correct, s.facility, s.discrimination
      FROM (SELECT count(*)::int AS "firstAttempts" FROM firsts) n
      LEFT JOIN stats s ON true
      LEFT JOIN LATERAL (
        -- The title as the template reads now; older versions answered in earlier attempts share the key.
        SELECT qt.title, qt.kind FROM "QuestionTemplate" qt WHERE qt.key = s.key ORDER BY qt."isLatest" DESC, qt.version DESC LIMIT 1
      ) t ON true
      ORDER BY s.position, s.key`,
    renderWrongAnswers(db, firsts, ANALYSED_KINDS),
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
  return { ...scope, firstAttempts: rows[0]?.firstAttempts ?? 0, items };
}
