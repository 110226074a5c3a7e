import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { templateSchema, type Template } from "@/lib/questions/template-schema";
import type { TemplateStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export type TemplateForEdit = {
  template: Template;
  version: number;
  versions: number;
  builtIn: boolean;
  status: TemplateStatus;
  /** Questions asked from the latest version: when above 0, saving a change adds a version. */
  latestUsage: number;
  /** Questions asked from any version, and the attempts they belong to. */
  usage: { questions: number; attempts: number };
  /** Quizzes that name this template in a slot. */
  quizzes: number;
};

/** Admin-only: the latest definition of a template and how much it has been used. */
export async function getTemplateForEdit(actor: Actor, key: string): Promise<TemplateForEdit> {
  requireAdmin(actor);
  const db = getDb();
  const rows = await db.questionTemplate.findMany({
    where: { key },
    select: { id: true, version: true, isLatest: true, builtIn: true, status: true, definition: true },
  });
  const latest = rows.find((r) => r.isLatest);
  if (!latest) throw new NotFoundError("There's no template with this key.");
  const ids = rows.map((r) => r.id);
  const [latestUsage, questions, attempts, quizzes] = await Promise.all([
    db.attemptQuestion.count({ where: { templateId: latest.id } }),
    db.attemptQuestion.count({ where: { templateId: { in: ids } } }),
    db.attempt.count({ where: { questions: { some: { templateId: { in: ids } } } } }),
    db.quiz.count({ where: { items: { some: { templateKey: key } } } }),
  ]);
  return {
    template: templateSchema.parse(latest.definition),
    version: latest.version,
    versions: rows.length,
    builtIn: latest.builtIn,
    status: latest.status,
    latestUsage,
    usage: { questions, attempts },
    quizzes,
  };
}
