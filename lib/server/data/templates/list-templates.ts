import "server-only";
import { getDb } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Difficulty, QuestionKind, TemplateStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export type TemplateRow = {
  key: string;
  version: number;
  title: string;
  kind: QuestionKind;
  difficulty: Difficulty;
  tags: string[];
  builtIn: boolean;
  status: TemplateStatus;
  topic: { slug: string; title: string };
  /** Questions answered with any version of this template. */
  uses: number;
};

export type TemplateFilter = { topic?: string; kind?: QuestionKind; difficulty?: Difficulty; tag?: string; q?: string; status?: TemplateStatus };

export const TEMPLATES_PAGE_SIZE = 50;

function whereOf(filter: TemplateFilter): Prisma.QuestionTemplateWhereInput {
  return {
    isLatest: true,
    ...(filter.topic ? { topic: { slug: filter.topic } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
    ...(filter.tag ? { tags: { has: filter.tag } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { OR: [{ title: { contains: filter.q, mode: "insensitive" as const } }, { key: { contains: filter.q, mode: "insensitive" as const } }] } : {}),
  };
}

/** Admin-only: the latest version of each template matching the filter, in topic order, with usage counts. */
export async function listTemplates(actor: Actor, filter: TemplateFilter = {}, page?: number): Promise<TemplateRow[]> {
  return (await listTemplatesPage(actor, filter, page)).rows;
}

export async function listTemplatesPage(actor: Actor, filter: TemplateFilter = {}, page?: number): Promise<{ rows: TemplateRow[]; total: number; pageCount: number }> {
  requireAdmin(actor);
  const db = getDb();
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    db.questionTemplate.count({ where }),
    db.questionTemplate.findMany({
      where,
      orderBy: [{ topic: { order: "asc" } }, { difficulty: "asc" }, { key: "asc" }],
      ...(page ? { skip: (page - 1) * TEMPLATES_PAGE_SIZE, take: TEMPLATES_PAGE_SIZE } : {}),
      select: { key: true, version: true, title: true, kind: true, difficulty: true, tags: true, builtIn: true, status: true, topic: { select: { slug: true, title: true } } },
    }),
  ]);
  const keys = rows.map((r) => r.key);
  // One aggregate query: answered questions per template key, over all its versions.
  const usage = keys.length
    ? await db.$queryRaw<{ key: string; uses: bigint }[]>`
        SELECT t."key" AS key, COUNT(q."id") AS uses
        FROM "QuestionTemplate" t JOIN "AttemptQuestion" q ON q."templateId" = t."id"
        WHERE t."key" = ANY(${keys}) AND q."answeredAt" IS NOT NULL
        GROUP BY t."key"`
    : [];
  const uses = new Map(usage.map((u) => [u.key, Number(u.uses)]));
  return {
    total,
    pageCount: page ? Math.max(1, Math.ceil(total / TEMPLATES_PAGE_SIZE)) : 1,
    rows: rows.map((r) => ({ ...r, uses: uses.get(r.key) ?? 0 })),
  };
}
