import type { TopicPack } from "@/lib/topics/topic-pack";
import { ROPE_CARDS } from "./cards";
import { ROPE_THETA, ROPE_ANGLE, ROPE_WAVELENGTH, ROPE_PI_ANGLE, ROPE_NTK_BASE } from "./compute";
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
  ],
  templates: ROPE_TEMPLATES,
  cards: ROPE_CARDS,
} satisfies TopicPack<"rope">;
