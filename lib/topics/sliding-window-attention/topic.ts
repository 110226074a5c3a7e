import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const SLIDING_WINDOW_ATTENTION_TOPIC = {
  slug: "sliding-window-attention",
  title: "Sliding-window attention",
  summary:
    "How attention cost grows with sequence length, what a causal window of w keys computes, how stacked layers widen the receptive field to L·(w−1)+1 positions, what the KV cache really costs (GQA, MLA, local/global layers, paging, FP8), and why decoding is memory-bound.",
  order: 1,
} as const satisfies TopicMeta;
