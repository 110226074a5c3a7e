import "server-only";
import { renderClozeBack, renderClozeFront } from "@/lib/cards/cloze";
import type { CardKind } from "@/lib/generated/prisma/enums";
import { toPublicVariant, type PublicVariant, type Variant } from "@/lib/questions/variant";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/server/errors";
import { gradeResponse } from "@/lib/questions/grade-response";
import { loadVariant } from "@/lib/server/data/attempts/load-variant";

type Db = Pick<PrismaClient, "questionTemplate">;
type NoteRow = { kind: CardKind; content: unknown };
type CardRow = { ordinal: number; note: NoteRow };

export type CardFront = { kind: "basic" | "cloze"; markdown: string } | { kind: "computed"; variant: PublicVariant; seed: number };
export type CardBack =
  | { kind: "basic" | "cloze"; markdown: string }
  | { kind: "computed"; expectedText: string; steps: string[]; explanation: string; check: { correct: boolean; feedback: string } | null };

function content(note: NoteRow): { front?: string; back?: string; text?: string; templateKey?: string } {
  return (note.content ?? {}) as { front?: string; back?: string; text?: string; templateKey?: string };
}

/** A computed card shows the latest version of its template, so fixes to a template reach every deck. */
async function computedVariant(db: Db, note: NoteRow, seed: number): Promise<Variant> {
  const key = content(note).templateKey ?? "";
  const template = await db.questionTemplate.findFirst({ where: { key, isLatest: true }, select: { id: true, definition: true } });
  if (!template) throw new NotFoundError(`This card asks a question from the template "${key}", which is not installed. Run the seed again.`);
  return loadVariant(template, seed);
}

/** The question side. For computed cards only the public variant: never the answer key. */
export async function cardFront(db: Db, card: CardRow, seed: number): Promise<CardFront> {
  const c = content(card.note);
  if (card.note.kind === "BASIC") return { kind: "basic", markdown: c.front ?? "" };
  if (card.note.kind === "CLOZE") return { kind: "cloze", markdown: renderClozeFront(c.text ?? "", card.ordinal) };
  return { kind: "computed", variant: toPublicVariant(await computedVariant(db, card.note, seed)), seed };
}

/** The answer side; for computed cards, the student's typed answer (if any) is graded like a quiz answer. */
export async function cardBack(db: Db, card: CardRow, seed: number, answerText?: string): Promise<CardBack> {
  const c = content(card.note);
  if (card.note.kind === "BASIC") return { kind: "basic", markdown: c.back ?? "" };
  if (card.note.kind === "CLOZE") return { kind: "cloze", markdown: renderClozeBack(c.text ?? "", card.ordinal) };
  const variant = await computedVariant(db, card.note, seed);
  const { solution } = variant;
  const check = answerText?.trim() && variant.kind === "numeric" ? gradeResponse(variant, { kind: "numeric", text: answerText }) : null;
  return {
    kind: "computed",
    expectedText: solution.expectedText,
    steps: solution.steps,
    explanation: solution.explanation,
    check: check ? { correct: check.correct, feedback: check.feedback } : null,
  };
}
