import type { CardNoteInput } from "@/lib/cards/card-schema";
import { PACKS_IN_ORDER } from "./registry";

/** Every flashcard note that ships with Quizformer, in topic order, as authored in the topic packs. */
export const BUILT_IN_CARD_INPUTS: readonly CardNoteInput[] = PACKS_IN_ORDER.flatMap((p) => p.cards);
