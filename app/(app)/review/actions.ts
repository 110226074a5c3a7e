"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { getReviewSession } from "@/lib/server/data/flashcards/get-review-session";
import { getNextDue } from "@/lib/server/data/flashcards/get-next-due";
import { setCardFlags } from "@/lib/server/data/flashcards/set-card-flags";
import type { Actor } from "@/lib/server/data/actor";
import type { ReviewSessionView } from "@/components/review/review-session-view";
import { recordReview, recordReviewSchema } from "@/lib/server/data/flashcards/record-review";
import { removeDeck } from "@/lib/server/data/flashcards/remove-deck";
import { revealCard } from "@/lib/server/data/flashcards/reveal-card";
import { undoLastReview } from "@/lib/server/data/flashcards/undo-last-review";
import type { CardBack } from "@/lib/server/data/flashcards/card-face";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

const idSchema = text().min(1).max(40);

/** The next card, or when the queue is empty, when the next card falls due. */
async function loadSession(actor: Actor, now: Date): Promise<ReviewSessionView> {
  const session = await getReviewSession(actor, now);
  return { ...session, nextDue: session.current ? null : await getNextDue(actor, now) };
}

export async function revealAction(studentCardId: string, answerText?: string): Promise<ActionResult<CardBack>> {
  try {
    const id = idSchema.parse(studentCardId);
    return { ok: true, data: await revealCard(await getActionActor(), { studentCardId: id, answerText: answerText?.slice(0, 200) }) };
  } catch (error) {
    return toActionError(error, "reveal-card");
  }
}

/** Records a rating and returns the next card, in one round trip. */
export async function rateAction(input: unknown): Promise<ActionResult<ReviewSessionView>> {
  const parsed = recordReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That rating couldn't be read. Reload the page.", fieldErrors: {} };
  try {
    const actor = await getActionActor();
    const now = new Date();
    await recordReview(actor, parsed.data, now);
    return { ok: true, data: await loadSession(actor, now) };
  } catch (error) {
    return toActionError(error, "record-review");
  }
}

export async function undoAction(studentCardId: string): Promise<ActionResult<ReviewSessionView>> {
  try {
    const actor = await getActionActor();
    await undoLastReview(actor, { studentCardId: idSchema.parse(studentCardId) });
    return { ok: true, data: await loadSession(actor, new Date()) };
  } catch (error) {
    return toActionError(error, "undo-review");
  }
}

/** Buries (until tomorrow) or suspends the card on screen and moves on to the next one. */
export async function setAsideAction(studentCardId: string, change: "bury" | "suspend"): Promise<ActionResult<ReviewSessionView>> {
  try {
    const actor = await getActionActor();
    const now = new Date();
    await setCardFlags(actor, { studentCardId: idSchema.parse(studentCardId), change: z.enum(["bury", "suspend"]).parse(change) }, now);
    return { ok: true, data: await loadSession(actor, now) };
  } catch (error) {
    return toActionError(error, "set-aside-card");
  }
}

export async function setDeckAction(topic: string, add: boolean): Promise<ActionResult> {
  try {
    const actor = await getActionActor();
    const slug = text().min(1).max(80).parse(topic);
    if (add) await addDeck(actor, { topic: slug }, new Date());
    else await removeDeck(actor, { topic: slug });
    revalidatePath("/review");
    return { ok: true };
  } catch (error) {
    return toActionError(error, "set-deck");
  }
}
