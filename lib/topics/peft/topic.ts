import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const PEFT_TOPIC = {
  slug: "peft",
  title: "Parameter-efficient fine-tuning",
  summary:
    "LoRA's low-rank update with r(d + k) trainable parameters per matrix, adapters and prompt tuning, and why full fine-tuning with Adam needs about 16 bytes per parameter.",
  order: 5,
} as const satisfies TopicMeta;
