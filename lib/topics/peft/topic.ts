import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const PEFT_TOPIC = {
  slug: "peft",
  title: "Parameter-efficient fine-tuning",
  summary:
    "LoRA's low-rank update with r(d + k) trainable parameters per matrix and its variants (DoRA, rsLoRA, LoRA+, AdaLoRA, IA³), adapters and prompt tuning, QLoRA's memory budget, 8-bit Adam, serving many adapters, and why full fine-tuning with Adam needs about 16 bytes per parameter.",
  order: 5,
} as const satisfies TopicMeta;
