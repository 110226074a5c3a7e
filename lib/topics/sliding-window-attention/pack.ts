import type { TopicPack } from "@/lib/topics/topic-pack";
import { SLIDING_WINDOW_CARDS } from "./cards";
import { FULL_SCORES, CAUSAL_SCORES, WINDOW_SCORES, RECEPTIVE_FIELD, MATRIX_BYTES, KV_CACHE_BYTES, KV_CACHE_BYTES_PER_TOKEN, GQA_CACHE_RATIO, ROLLING_BUFFER_SLOT } from "./compute";
import { WINDOW_SINK_SCORES } from "./compute-sinks";
import { SLIDING_WINDOW_TEMPLATES } from "./templates";
import { SLIDING_WINDOW_ATTENTION_TOPIC } from "./topic";

export const SLIDING_WINDOW_ATTENTION_PACK = {
  topic: SLIDING_WINDOW_ATTENTION_TOPIC,
  compute: [
    FULL_SCORES,
    CAUSAL_SCORES,
    WINDOW_SCORES,
    WINDOW_SINK_SCORES,
    RECEPTIVE_FIELD,
    MATRIX_BYTES,
    KV_CACHE_BYTES,
    KV_CACHE_BYTES_PER_TOKEN,
    GQA_CACHE_RATIO,
    ROLLING_BUFFER_SLOT,
  ],
  templates: SLIDING_WINDOW_TEMPLATES,
  cards: SLIDING_WINDOW_CARDS,
} satisfies TopicPack<"sliding-window-attention">;
