import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const ROPE_TOPIC = {
  slug: "rope",
  title: "Rotary position embeddings (RoPE)",
  summary:
    "Rotating query and key pairs by m·θᵢ with θᵢ = base^(−2i/d), why the dot product then depends only on the offset, wavelengths per pair, and how bases and interpolation extend context.",
  order: 2,
} as const satisfies TopicMeta;
