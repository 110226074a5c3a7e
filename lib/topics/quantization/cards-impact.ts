import type { CardNoteInput } from "@/lib/cards/card-schema";
import { H100, LLAMA_CPP, LLAMA_CPP_2023 } from "./sources";

const TOPIC = "quantization";

/** Decoding speed and published quality loss. */
export const IMPACT_CARDS: CardNoteInput[] = [
  {
    key: "quant-decode-bound",
    topic: TOPIC,
    kind: "cloze",
    text: "At batch 1 every weight is read once per generated token, so tokens/s $\\le$ {{c1::memory bandwidth / weight bytes}}: 141 GB of BF16 weights at 3.35 TB/s allow at most ≈ {{c2::24}} tokens/s.",
    tags: ["decoding", "memory-bound"],
    source: H100,
  },
  {
    key: "quant-decode-why-memory-bound",
    topic: TOPIC,
    kind: "basic",
    front: "Why is batch-1 decoding memory-bound, and what does weight quantization change?",
    back: "Each weight is read once per token and used for one multiply-add (2 FLOPs): in BF16 that is 1 FLOP per byte, against ≈ 295 FLOPs per byte an H100 SXM can sustain (989 dense BF16 TFLOPS / 3.35 TB/s). Fewer bits per weight mean fewer bytes per token, so the speed bound rises almost in proportion.",
    tags: ["decoding", "memory-bound"],
    source: H100,
  },
  {
    key: "quant-decode-bound-computed",
    topic: TOPIC,
    kind: "computed",
    templateKey: "quant-decode-bound",
    tags: ["decoding"],
    source: H100,
  },
  {
    key: "quant-decode-flops-per-byte-computed",
    topic: TOPIC,
    kind: "computed",
    templateKey: "quant-decode-flops-per-byte",
    tags: ["decoding"],
    source: H100,
  },
  {
    key: "quant-llama-perplexity",
    topic: TOPIC,
    kind: "cloze",
    text: "llama.cpp (2023), original LLaMA 7B, wikitext-2 test, context 512: perplexity 5.9066 in F16, {{c1::5.9070}} in Q8_0 (8.5 bits/weight) and {{c2::6.1565}} in Q4_0 (4.5 bits/weight).",
    tags: ["perplexity", "llama-cpp"],
    source: LLAMA_CPP_2023,
  },
  {
    key: "quant-bigger-quantized-model",
    topic: TOPIC,
    kind: "basic",
    front: "In llama.cpp's 2023 table, which is better on wikitext-2: LLaMA 13B at Q4_0 or LLaMA 7B at F16?",
    back: "**13B at Q4_0**: perplexity 5.3860 against 5.9066, from about half the file size (6.8G vs 13.0G). The 4-bit penalty on 13B itself is small: 5.2543 → 5.3860.",
    tags: ["perplexity", "llama-cpp"],
    source: LLAMA_CPP_2023,
  },
  {
    key: "quant-llamacpp-generation-speed",
    topic: TOPIC,
    kind: "basic",
    front: "llama.cpp, Llama 3.1 8B on one machine: how do F16 and Q4_K_M compare for text generation and prompt processing?",
    back: "Generation: 29.2 → 71.9 tokens/s (≈ 2.5× faster, memory-bound). Prompt processing (512 tokens): 923 → 822 tokens/s (compute-bound, no gain). Q4_K_M averages 4.89 bits per weight.",
    tags: ["decoding", "llama-cpp"],
    source: LLAMA_CPP,
  },
];
