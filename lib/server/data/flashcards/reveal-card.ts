import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { reviewSeed } from "./internal/card-columns";
import { cardBack, type CardBack } from "./card-face";
import { findOwnCard } from "./internal/find-own-card";

/** The answer side of one of the actor's cards, for the variant its front showed. */
export async function revealCard(actor: Actor, input: { studentCardId: string; answerText?: string }): Promise<CardBack> {
  const db = getDb();
  const row = await findOwnCard(db, actor, input.studentCardId);
  return cardBack(db, row.card, reviewSeed(row.id, row.reps), input.answerText);
}
