import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CardKind } from "@/lib/generated/prisma/enums";
import { cardBack, cardFront } from "@/lib/server/data/flashcards/card-face";

/**
 * A computed card as one fixed example, for a file that can't compute: the question with its
 * choices, and the answer with its worked steps and a line saying the numbers are fixed.
 */
export async function computedNoteFaces(db: Pick<PrismaClient, "questionTemplate">, note: { kind: CardKind; content: unknown }, seed: number): Promise<{ front: string; back: string }> {
  const card = { ordinal: 1, note };
  const front = await cardFront(db, card, seed);
  const back = await cardBack(db, card, seed);
  if (front.kind !== "computed" || back.kind !== "computed") throw new Error("computedNoteFaces takes a computed note.");
  const v = front.variant;
  const parts = [`**${v.title}**`, v.prompt];
  if (v.matchPrompts?.length) parts.push(`Match each of:\n\n${v.matchPrompts.map((p) => `- ${p.text}`).join("\n")}`, `with one of:\n\n${(v.choices ?? []).map((c) => `- ${c.text}`).join("\n")}`);
  else if (v.choices?.length) parts.push(v.choices.map((c) => `- ${c.text}`).join("\n"));
  if (v.answerUnit) parts.push(`Answer in ${v.answerUnit}.`);
  const steps = back.steps.length ? back.steps.map((s, i) => `${i + 1}. ${s}`).join("\n") : "";
  const fixed = `*This card is computed in Quizformer, which shows fresh numbers at every review; this copy keeps one example (seed ${seed}).*`;
  return { front: parts.join("\n\n"), back: [`**Answer:** ${back.expectedText}`, steps, back.explanation, fixed].filter(Boolean).join("\n\n") };
}
