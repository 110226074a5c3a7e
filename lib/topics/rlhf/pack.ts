import type { TopicPack } from "@/lib/topics/topic-pack";
import { RLHF_CARDS } from "./cards";
import { BT_PROBABILITY, RM_LOSS, KL_PENALIZED_REWARD, DPO_LOSS, PPO_CLIP, GRPO_ADVANTAGE, PREFERENCE_PAIRS } from "./compute";
import { GAE_ADVANTAGE, VALUE_LOSS } from "./compute-advantage";
import { BON_KL_BOUND, BON_WIN_RATE_BOUND } from "./compute-bon";
import { KL_K1, KL_K2, KL_K3 } from "./compute-kl";
import { IPO_LOSS, SIMPO_LOSS } from "./compute-preference";
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
    GAE_ADVANTAGE,
    VALUE_LOSS,
    KL_K1,
    KL_K2,
    KL_K3,
    BON_KL_BOUND,
    BON_WIN_RATE_BOUND,
    SIMPO_LOSS,
    IPO_LOSS,
  ],
  templates: RLHF_TEMPLATES,
  cards: RLHF_CARDS,
} satisfies TopicPack<"rlhf">;
