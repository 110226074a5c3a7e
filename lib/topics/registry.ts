import { TOPICS, type TopicSlug } from "./topic-list";
import type { TopicPack } from "./topic-pack";
import { PEFT_PACK } from "./peft/pack";
import { QUANTIZATION_PACK } from "./quantization/pack";
import { RLHF_PACK } from "./rlhf/pack";
import { ROPE_PACK } from "./rope/pack";
import { SLIDING_WINDOW_ATTENTION_PACK } from "./sliding-window-attention/pack";

/**
 * Every topic's pack, by slug: the one place a topic's formulas, templates and cards are
 * registered. The type makes a missing topic, or a pack filed under another topic's slug, an error.
 */
export const TOPIC_PACKS = {
  "sliding-window-attention": SLIDING_WINDOW_ATTENTION_PACK,
  rope: ROPE_PACK,
  quantization: QUANTIZATION_PACK,
  rlhf: RLHF_PACK,
  peft: PEFT_PACK,
} satisfies { [S in TopicSlug]: TopicPack<S> };

/** The packs in course order, as one type: for everything that goes through all topics. */
export const PACKS_IN_ORDER: readonly TopicPack[] = TOPICS.map((t) => TOPIC_PACKS[t.slug]);
