import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

/**
 * Admin-only: takes a template out of the bank. Once any version has been used by an
 * attempt (or a quiz names it) its rows must stay, so every version is set ARCHIVED:
 * no new quiz draws it, and past attempts still show what they were asked. A template
 * nobody ever used is deleted outright, all versions, in one transaction.
 */
export async function archiveTemplate(actor: Actor, key: string): Promise<{ outcome: "archived" | "deleted"; versions: number }> {
  requireAdmin(actor);
  return getDb().$transaction(async (tx) => {
    // Locks every version: an attempt can't start pointing at a row this is about to delete.
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "QuestionTemplate" WHERE key = ${key} FOR UPDATE`;
    if (rows.length === 0) throw new NotFoundError("There's no template with this key.");
    const ids = rows.map((r) => r.id);
    const used = (await tx.attemptQuestion.count({ where: { templateId: { in: ids } } })) + (await tx.quizItem.count({ where: { templateKey: key } }));
    if (used) {
      await tx.questionTemplate.updateMany({ where: { key }, data: { status: "ARCHIVED" } });
      return { outcome: "archived" as const, versions: rows.length };
    }
    await tx.questionTemplate.deleteMany({ where: { key } });
    return { outcome: "deleted" as const, versions: rows.length };
  });
}

/** Admin-only: puts an archived template back in the bank (every version ACTIVE again). */
export async function restoreTemplate(actor: Actor, key: string): Promise<{ versions: number }> {
  requireAdmin(actor);
  const { count } = await getDb().questionTemplate.updateMany({ where: { key }, data: { status: "ACTIVE" } });
  if (count === 0) throw new NotFoundError("There's no template with this key.");
  return { versions: count };
}
