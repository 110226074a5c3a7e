import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const RLHF_TOPIC = {
  slug: "rlhf",
  title: "RLHF",
  summary:
    "The three InstructGPT stages, Bradley–Terry reward models, the KL-penalised objective, PPO with GAE, KL estimators, best-of-n and reward over-optimisation, and how DPO, IPO, KTO, SimPO, GRPO and RLAIF change the recipe.",
  order: 4,
} as const satisfies TopicMeta;
