import type { TopicMeta } from "@/lib/topics/topic-meta";

/** The topic as students see it listed; `slug` is its stable key in URLs, templates and the database. */
export const QUANTIZATION_TOPIC = {
  slug: "quantization",
  title: "Quantization",
  summary:
    "Bytes per parameter from FP32 to INT4, absmax and zero-point schemes, scale granularity and its real cost in bits per weight, FP8/FP4 and block formats (MXFP4, NVFP4), GPTQ, AWQ, SmoothQuant and QLoRA, published quality loss, and why quantized models decode faster.",
  order: 3,
} as const satisfies TopicMeta;
