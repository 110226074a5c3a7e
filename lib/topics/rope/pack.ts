import type { TopicPack } from "@/lib/topics/topic-pack";
import { ROPE_CARDS } from "./cards";
import { ROPE_THETA, ROPE_ANGLE, ROPE_WAVELENGTH, ROPE_PI_ANGLE, ROPE_NTK_BASE } from "./compute";
import { ROPE_ALIBI_BIAS, ROPE_ALIBI_SLOPE, ROPE_PAIR_SCORE, ROPE_PARTIAL_DIMS, ROPE_SINUSOIDAL_PE, ROPE_THETA_RATIO } from "./compute-positions";
import {
  ROPE_DYNAMIC_NTK_BASE,
  ROPE_LLAMA3_THETA,
  ROPE_LLAMA3_WAVELENGTH,
  ROPE_YARN_LOGIT_SCALE,
  ROPE_YARN_MSCALE,
  ROPE_YARN_THETA,
} from "./compute-scaling";
import { ROPE_TEMPLATES } from "./templates";
import { ROPE_TOPIC } from "./topic";

export const ROPE_PACK = {
  topic: ROPE_TOPIC,
  compute: [
    ROPE_THETA,
    ROPE_ANGLE,
    ROPE_WAVELENGTH,
    ROPE_PI_ANGLE,
    ROPE_NTK_BASE,
    ROPE_THETA_RATIO,
    ROPE_PAIR_SCORE,
    ROPE_YARN_THETA,
    ROPE_YARN_MSCALE,
    ROPE_YARN_LOGIT_SCALE,
    ROPE_DYNAMIC_NTK_BASE,
    ROPE_LLAMA3_THETA,
    ROPE_LLAMA3_WAVELENGTH,
    ROPE_PARTIAL_DIMS,
    ROPE_ALIBI_SLOPE,
    ROPE_ALIBI_BIAS,
    ROPE_SINUSOIDAL_PE,
  ],
  templates: ROPE_TEMPLATES,
  cards: ROPE_CARDS,
} satisfies TopicPack<"rope">;
