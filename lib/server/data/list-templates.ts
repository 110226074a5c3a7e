import "server-only";
import { getDb } from "@/lib/server/db";
import type { Difficulty, QuestionKind, TemplateStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { requireAdmin } from "./authz/require-admin";

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
};

/** Admin-only: the latest version of every template, in topic order. */
export async function listTemplates(actor: Actor, filter: { topic?: string } = {}): Promise<TemplateRow[]> {
  requireAdmin(actor);
  const rows = await getDb().questionTemplate.findMany({
    where: { isLatest: true, ...(filter.topic ? { topic: { slug: filter.topic } } : {}) },
    orderBy: [{ topic: { order: "asc" } }, { difficulty: "asc" }, { key: "asc" }],
    select: {
      key: true,
      version: true,
      title: true,
      kind: true,
      difficulty: true,
      tags: true,
      builtIn: true,
      status: true,
      topic: { select: { slug: true, title: true } },
    },
  });
  return rows;
}
