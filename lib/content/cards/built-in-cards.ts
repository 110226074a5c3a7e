import type { CardNoteInput } from "@/lib/cards/card-schema";
import { PEFT_CARDS } from "./peft";
import { QUANTIZATION_CARDS } from "./quantization";
import { RLHF_CARDS } from "./rlhf";
import { ROPE_CARDS } from "./rope";
import { SLIDING_WINDOW_CARDS } from "./sliding-window-attention";

/** Every flashcard note that ships with Quizformer, in topic order, as authored. */
export const BUILT_IN_CARD_INPUTS: readonly CardNoteInput[] = [
  ...SLIDING_WINDOW_CARDS,
  ...ROPE_CARDS,
  ...QUANTIZATION_CARDS,
  ...RLHF_CARDS,
  ...PEFT_CARDS,
];
