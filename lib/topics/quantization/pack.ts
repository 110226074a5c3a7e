import type { TopicPack } from "@/lib/topics/topic-pack";
import { QUANTIZATION_CARDS } from "./cards";
import { WEIGHT_BYTES, GROUPWISE_BITS, ABSMAX_SCALE, QUANTIZE_ABSMAX, ASYM_SCALE, ASYM_ZERO_POINT, QUANTIZE_ASYM, NF4_DOUBLE_QUANT_BITS, NF4_TOTAL_BITS, COMPRESSION_RATIO } from "./compute";
import { QUANTIZATION_TEMPLATES } from "./templates";
import { QUANTIZATION_TOPIC } from "./topic";

export const QUANTIZATION_PACK = {
  topic: QUANTIZATION_TOPIC,
  compute: [
    WEIGHT_BYTES,
    GROUPWISE_BITS,
    ABSMAX_SCALE,
    QUANTIZE_ABSMAX,
    ASYM_SCALE,
    ASYM_ZERO_POINT,
    QUANTIZE_ASYM,
    NF4_DOUBLE_QUANT_BITS,
    NF4_TOTAL_BITS,
    COMPRESSION_RATIO,
  ],
  templates: QUANTIZATION_TEMPLATES,
  cards: QUANTIZATION_CARDS,
} satisfies TopicPack<"quantization">;
