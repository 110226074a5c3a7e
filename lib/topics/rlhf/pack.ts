import type { TopicPack } from "@/lib/topics/topic-pack";
import { RLHF_CARDS } from "./cards";
import { BT_PROBABILITY, RM_LOSS, KL_PENALIZED_REWARD, DPO_LOSS, PPO_CLIP, GRPO_ADVANTAGE, PREFERENCE_PAIRS } from "./compute";
import { RLHF_TEMPLATES } from "./templates";
import { RLHF_TOPIC } from "./topic";

export const RLHF_PACK = {
  topic: RLHF_TOPIC,
  compute: [
    BT_PROBABILITY,
    RM_LOSS,
    KL_PENALIZED_REWARD,
    DPO_LOSS,
    PPO_CLIP,
    GRPO_ADVANTAGE,
    PREFERENCE_PAIRS,
  ],
  templates: RLHF_TEMPLATES,
  cards: RLHF_CARDS,
} satisfies TopicPack<"rlhf">;
