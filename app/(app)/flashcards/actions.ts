"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/server/entry/define-action";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { getReviewView } from "@/lib/server/data/flashcards/get-review-view";
import { renderCardBack, renderReviewView, type RenderedCardBack, type RenderedReviewView } from "@/lib/server/render/rendered-views";
import { setCardFlags } from "@/lib/server/data/flashcards/set-card-flags";
import { recordReviewSchema } from "@/lib/server/data/flashcards/record-review";
import { rateCard } from "@/lib/server/data/flashcards/rate-card";
import { removeDeck } from "@/lib/server/data/flashcards/remove-deck";
import { revealCard } from "@/lib/server/data/flashcards/reveal-card";
import { undoLastReview } from "@/lib/server/data/flashcards/undo-last-review";
import { text } from "@/lib/schemas/text";
import { recordIdSchema } from "@/lib/schemas/ids";

const RELOAD = "That card couldn't be read. Reload the page.";

const revealSchema = z.object({ studentCardId: recordIdSchema, answerText: z.string().optional().transform((s) => s?.slice(0, 200)) });

export const revealAction = defineAction<typeof revealSchema, RenderedCardBack, false, [studentCardId: string, answerText?: string]>(
  { name: "reveal-card", input: revealSchema, args: (studentCardId, answerText) => ({ studentCardId, answerText }), invalid: RELOAD },
  async ({ actor, input }) => ({ ok: true, data: renderCardBack(await revealCard(actor, input)) }),
);

/** Records a rating and returns the next card, in one round trip. */
export const rateAction = defineAction<typeof recordReviewSchema, RenderedReviewView>(
  { name: "record-review", input: recordReviewSchema, invalid: "That rating couldn't be read. Reload the page." },
  async ({ actor, input, now }) => ({ ok: true, data: renderReviewView((await rateCard(actor, input, now)).session) }),
);

export const undoAction = defineAction<typeof recordIdSchema, RenderedReviewView, false, [studentCardId: string]>(
  { name: "undo-review", input: recordIdSchema, invalid: RELOAD },
  async ({ actor, input, now }) => {
    await undoLastReview(actor, { studentCardId: input });
    return { ok: true, data: renderReviewView(await getReviewView(actor, now)) };
  },
);

const setAsideSchema = z.object({ studentCardId: recordIdSchema, change: z.enum(["bury", "suspend"]) });

/** Buries (until tomorrow) or suspends the card on screen and moves on to the next one. */
export const setAsideAction = defineAction<typeof setAsideSchema, RenderedReviewView, false, [studentCardId: string, change: "bury" | "suspend"]>(
  { name: "set-aside-card", input: setAsideSchema, args: (studentCardId, change) => ({ studentCardId, change }), invalid: RELOAD },
  async ({ actor, input, now }) => {
    await setCardFlags(actor, input, now);
    return { ok: true, data: renderReviewView(await getReviewView(actor, now)) };
  },
);

const setDeckSchema = z.object({ topic: text().min(1).max(80), add: z.boolean() });

export const setDeckAction = defineAction<typeof setDeckSchema, undefined, false, [topic: string, add: boolean]>(
  { name: "set-deck", input: setDeckSchema, args: (topic, add) => ({ topic, add }) },
  async ({ actor, input, now }) => {
    if (input.add) await addDeck(actor, { topic: input.topic }, now);
    else await removeDeck(actor, { topic: input.topic });
    revalidatePath("/flashcards");
    return { ok: true };
  },
);
