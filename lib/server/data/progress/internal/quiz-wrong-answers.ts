import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionKind } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db";
import { loadVariant } from "@/lib/server/data/attempts/load-variant";

export type WrongAnswerGroup = {
  /** The misconception id the grading named, or null for "no named misconception". */
  misconception: string | null;
  count: number;
  /** Up to three distinct answers as the student saw them, most frequent first. */
  examples: string[];
};

export const EXAMPLES_PER_GROUP = 3;
// Choice ids are per variant (c1 in one seed is another text in the next), so more candidates
// are fetched than shown: after rendering, several may turn out to be the same text.
const CANDIDATES_PER_GROUP = 6;

type Raw = {
  key: string;
  misconception: string | null;
  count: number;
  response: unknown;
  templateId: string | null;
  seed: number | null;
  shuffleChoices: boolean | null;
};

/**
 * Wrong answers of the given first attempts, grouped per template key and misconception, with a
 * few example answers each. Counting happens in PostgreSQL; only the handful of examples come to
 * Node, where a choice id is turned back into the text the student picked by rebuilding the variant.
 */
export async function renderWrongAnswers(db: Db, firsts: Prisma.Sql, kinds: readonly QuestionKind[]): Promise<Map<string, WrongAnswerGroup[]>> {
  const rows = await db.$queryRaw<Raw[]>`
    WITH firsts AS ${firsts},
    wrong AS (
      SELECT qt.key, qt.kind, aq.misconception, aq.response, aq."templateId", aq.seed, a."shuffleChoices",
             -- A numeric answer is its text; a choice is only meaningful within its variant.
             CASE WHEN qt.kind = 'NUMERIC' THEN btrim(aq.response->>'text')
                  ELSE concat_ws(':', aq."templateId", aq.seed, aq.response->>'choiceId') END AS answer
      FROM firsts f
      JOIN "Attempt" a ON a.id = f.id
      JOIN "AttemptQuestion" aq ON aq."attemptId" = f.id
      JOIN "QuestionTemplate" qt ON qt.id = aq."templateId"
      WHERE aq."answeredAt" IS NOT NULL AND aq.correct IS FALSE
        AND qt.kind::text IN (${Prisma.join(kinds)})
    ),
    groups AS (
      SELECT key, misconception, count(*)::int AS count FROM wrong GROUP BY key, misconception
    ),
    answers AS (
      SELECT key, misconception, answer,
             (array_agg(response ORDER BY "templateId", seed))[1] AS response,
             (array_agg("templateId" ORDER BY "templateId", seed))[1] AS "templateId",
             (array_agg(seed ORDER BY "templateId", seed))[1] AS seed,
             (array_agg("shuffleChoices" ORDER BY "templateId", seed))[1] AS "shuffleChoices",
             row_number() OVER (PARTITION BY key, misconception ORDER BY count(*) DESC, answer) AS rn
      FROM wrong
      GROUP BY key, misconception, answer
    )
    SELECT g.key, g.misconception, g.count, a.response, a."templateId", a.seed, a."shuffleChoices"
    FROM groups g
    LEFT JOIN answers a ON a.key = g.key AND a.misconception IS NOT DISTINCT FROM g.misconception AND a.rn <= ${CANDIDATES_PER_GROUP}
    ORDER BY g.key, g.count DESC, g.misconception NULLS LAST, a.rn`;

  const templateIds = [...new Set(rows.flatMap((r) => (r.templateId && choiceIdOf(r.response) !== null ? [r.templateId] : [])))];
  const templates = new Map(
    templateIds.length === 0
      ? []
      : (await db.questionTemplate.findMany({ where: { id: { in: templateIds } }, select: { id: true, definition: true } })).map((t) => [t.id, t] as const),
  );

  const byKey = new Map<string, WrongAnswerGroup[]>();
  for (const r of rows) {
    const groups = byKey.get(r.key) ?? [];
    byKey.set(r.key, groups);
    let group = groups.at(-1);
    if (!group || group.misconception !== r.misconception) {
      group = { misconception: r.misconception, count: r.count, examples: [] };
      groups.push(group);
    }
    const text = r.templateId === null ? null : responseText(r, templates.get(r.templateId));
    if (text !== null && !group.examples.includes(text) && group.examples.length < EXAMPLES_PER_GROUP) group.examples.push(text);
  }
  return byKey;
}

function choiceIdOf(response: unknown): string | null {
  return typeof response === "object" && response !== null && "choiceId" in response && typeof response.choiceId === "string" ? response.choiceId : null;
}

/** The answer as the student saw it: the typed text, or the text of the picked choice. */
function responseText(r: Raw, template: { id: string; definition: unknown } | undefined): string | null {
  const response = r.response;
  if (typeof response === "object" && response !== null && "text" in response && typeof response.text === "string") return response.text.trim() || null;
  const choiceId = choiceIdOf(response);
  if (choiceId === null) return null;
  if (template && r.seed !== null) {
    try {
      const choice = loadVariant(template, r.seed, r.shuffleChoices ?? true).choices?.find((c) => c.id === choiceId);
      if (choice) return choice.text;
    } catch {
      // A definition that no longer parses still has an answer worth showing: fall back to the id.
    }
  }
  return `Choice ${choiceId}`;
}
