import type { TopicPack } from "@/lib/topics/topic-pack";
import { PEFT_CARDS } from "./cards";
import { LORA_PARAMS, LORA_MODEL_PARAMS, ADAPTER_PARAMS, PROMPT_TUNING_PARAMS, TRAINABLE_SHARE, FULL_ADAM_BYTES } from "./compute";
import { ADAM_8BIT_BYTES, LORA_ADAPTER_BYTES, QLORA_STATE_BYTES } from "./compute-memory";
import { DORA_PARAMS, IA3_PARAMS, LORA_SCALE, RSLORA_SCALE } from "./compute-variants";
import { PEFT_TEMPLATES } from "./templates";
import { PEFT_TOPIC } from "./topic";

export const PEFT_PACK = {
  topic: PEFT_TOPIC,
  compute: [
    LORA_PARAMS,
    LORA_MODEL_PARAMS,
    ADAPTER_PARAMS,
    PROMPT_TUNING_PARAMS,
    TRAINABLE_SHARE,
    FULL_ADAM_BYTES,
    DORA_PARAMS,
    LORA_SCALE,
    RSLORA_SCALE,
    IA3_PARAMS,
    QLORA_STATE_BYTES,
    ADAM_8BIT_BYTES,
    LORA_ADAPTER_BYTES,
  ],
  templates: PEFT_TEMPLATES,
  cards: PEFT_CARDS,
} satisfies TopicPack<"peft">;
