import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const QUANTIZATION_TOPIC = {
  slug: "quantization",
  title: "Quantization",
  summary:
    "Bytes per parameter from FP32 to INT4, absmax and zero-point schemes, group-wise scales and their real cost in bits per weight, and what NF4 with double quantization saves.",
  order: 3,
} as const satisfies TopicMeta;
