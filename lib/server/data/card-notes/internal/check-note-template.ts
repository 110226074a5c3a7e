import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CardNote } from "@/lib/cards/card-schema";
import { ValidationError } from "@/lib/server/errors";

/** A computed note must ask a template of its own topic that is installed and not archived. */
export async function checkNoteTemplate(tx: Prisma.TransactionClient, note: CardNote, topicId: string): Promise<void> {
  if (note.kind !== "computed" || !note.templateKey) return;
  const template = await tx.questionTemplate.findFirst({ where: { key: note.templateKey, isLatest: true }, select: { topicId: true, status: true } });
  const problem = !template
    ? `There's no template "${note.templateKey}" among the templates.`
    : template.topicId !== topicId
      ? `The template "${note.templateKey}" belongs to another topic; pick one of this card's topic.`
      : template.status === "ARCHIVED"
        ? `The template "${note.templateKey}" is archived; restore it on its template page or pick another.`
        : null;
  if (problem) throw new ValidationError(problem, { templateKey: problem });
}
