import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const RLHF_TOPIC = {
  slug: "rlhf",
  title: "RLHF",
  summary:
    "The three InstructGPT stages, Bradley–Terry reward models, the KL-penalised objective and PPO's clipped surrogate, and how DPO and GRPO remove the reward model or the critic.",
  order: 4,
} as const satisfies TopicMeta;
