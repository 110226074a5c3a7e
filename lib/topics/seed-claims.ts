import type { TopicSlug } from "./topic-list";

/**
 * The claims of the original lecture posts the course grew from, with the verdict the course
 * teaches and the items that teach it. A student who learned from those posts meets each
 * wrong claim corrected, and each right figure computed. The test beside this file fails when a
 * claim has no template or no card, or names an item that doesn't exist.
 */
export type SeedClaim = {
  topic: TopicSlug;
  claim: string;
  verdict: "true" | "partly true" | "false" | "unverifiable" | "misstated";
  /** The truth in one sentence, as the items teach it. */
  truth: string;
  templates: readonly string[];
  cards: readonly string[];
};

export const SEED_CLAIMS: readonly SeedClaim[] = [
  {
    topic: "peft",
    claim: "LoRA fine-tuning of Llama 70B needs 24 GB",
    verdict: "false",
    truth: "16-bit weights alone are ≈ 141 GB; QLoRA fine-tunes a 65B model in under 48 GB.",
    templates: ["peft-lora-70b-24gb", "peft-qlora-budget", "peft-memory-order"],
    cards: ["peft-lora-70b-24gb", "peft-qlora-budget"],
  },
  {
    topic: "peft",
    claim: "PEFT gives 100–1000× memory reduction and 1000× less compute",
    verdict: "false",
    truth: "LoRA reports 3× less GPU memory on GPT-3 175B (1.2 TB → 350 GB) and 10,000× fewer trainable parameters; the passes through the frozen model still cost about as much compute.",
    templates: ["peft-memory-reduction-claim", "peft-compute-claim"],
    cards: ["peft-memory-reduction-claim", "peft-compute-claim", "peft-lora-gpt3-results"],
  },
  {
    topic: "peft",
    claim: "Full fine-tuning of a 70B model needs 280 GB",
    verdict: "false",
    truth: "Mixed-precision Adam holds ≈ 16 bytes per parameter of model states (ZeRO): ≈ 1.1 TB for 70.55 B parameters, before activations.",
    templates: ["peft-full-ft-70b-280gb", "peft-full-adam-gb"],
    cards: ["peft-full-ft-280gb", "peft-full-adam-70b", "peft-full-adam-computed"],
  },
  {
    topic: "rope",
    claim: "RoPE is used in nearly all modern LLMs, including Claude and GPT",
    verdict: "partly true",
    truth: "True for open-weight families (Llama, Mistral, Gemma, gpt-oss); GPT-2 uses learned absolute positions; Claude's and GPT-4's architectures are undisclosed, which is not the same as false.",
    templates: ["rope-all-llms-claim"],
    cards: ["rope-not-universal"],
  },
  {
    topic: "rope",
    claim: "RoPE gives better extrapolation to unseen lengths",
    verdict: "false",
    truth: "Plain RoPE fails past its training length; Position Interpolation, NTK-aware scaling and YaRN exist because of it.",
    templates: ["rope-extrapolation-claim", "rope-pi-bound-mc", "rope-pi-extrapolates"],
    cards: ["rope-no-extrapolation", "rope-pi-600x"],
  },
  {
    topic: "rope",
    claim: "Rotation preserves the inner product",
    verdict: "misstated",
    truth: "A rotation preserves each vector's norm; after RoPE, q·k depends on the offset m − n; only rotating both by the same angle keeps their inner product.",
    templates: ["rope-inner-product-claim", "rope-pair-score", "rope-norm-preserved", "rope-relative-property"],
    cards: ["rope-inner-product-misstated", "rope-pair-score-formula", "rope-pair-score-computed"],
  },
  {
    topic: "rope",
    claim: "Attention is position-blind without a position signal (hence sinusoidal embeddings)",
    verdict: "true",
    truth: "Without a mask or a position signal, attention is permutation-equivariant; the Transformer adds sinusoidal embeddings sin/cos(pos/10000^(2i/d)).",
    templates: ["rope-position-blind", "rope-sinusoidal-pe", "rope-sinusoidal-odd"],
    cards: ["rope-position-blind", "rope-sinusoidal-formula", "rope-sinusoidal-pe-computed"],
  },
  {
    topic: "rlhf",
    claim: "InstructGPT was trained on about 13k SFT, 33k reward-model and 31k PPO prompts",
    verdict: "true",
    truth: "InstructGPT's datasets: ≈ 13k prompts for supervised fine-tuning, 33k for the reward model, 31k for PPO; K = 4–9 ranked responses give C(K, 2) pairs.",
    templates: ["rlhf-instructgpt-datasets", "rlhf-instructgpt-sft-size", "rlhf-preference-pairs"],
    cards: ["rlhf-instructgpt-data", "rlhf-preference-pairs-computed"],
  },
  {
    topic: "rlhf",
    claim: "A 1.3B InstructGPT is preferred to the 175B GPT-3",
    verdict: "true",
    truth: "Labelers preferred the 1.3B InstructGPT's outputs to those of the 175B GPT-3.",
    templates: ["rlhf-instructgpt-small-beats-large"],
    cards: ["rlhf-small-beats-large"],
  },
  {
    topic: "rlhf",
    claim: "RLHF aims at assistants that are helpful, honest and harmless (HHH)",
    verdict: "true",
    truth: "Askell et al. (arXiv 2112.00861) frame alignment as helpful, honest and harmless.",
    templates: ["rlhf-hhh"],
    cards: ["rlhf-hhh"],
  },
  {
    topic: "rlhf",
    claim: "RLHF has three stages: supervised fine-tuning, a reward model, then PPO",
    verdict: "true",
    truth: "InstructGPT: SFT on demonstrations, a reward model on human rankings, then PPO against it with a KL penalty to the SFT policy.",
    templates: ["rlhf-instructgpt-stages"],
    cards: ["rlhf-instructgpt-stages"],
  },
  {
    topic: "sliding-window-attention",
    claim: "Claude 3, Llama 3 and GPT-4 all use window attention for long context",
    verdict: "false",
    truth: "Llama 3 uses dense attention with grouped-query attention to 128K tokens; the architectures of Claude 3 and GPT-4 are undisclosed.",
    templates: ["swa-llama3-uses-window", "swa-closed-models-claim"],
    cards: ["swa-llama3-dense"],
  },
  {
    topic: "sliding-window-attention",
    claim: "Models without window attention are limited to 4K–8K tokens",
    verdict: "false",
    truth: "Llama 3.1 runs full attention to 131,072 tokens: context length comes from training length, position encoding and KV-cache memory.",
    templates: ["swa-window-limit-claim"],
    cards: ["swa-no-4k-limit"],
  },
  {
    topic: "sliding-window-attention",
    claim: "Window attention gives 90%+ of the capability of full attention",
    verdict: "unverifiable",
    truth: "No source gives such a figure; capability depends on the task, the layer mix and the training.",
    templates: ["swa-ninety-percent-claim"],
    cards: ["swa-no-90-percent-figure"],
  },
  {
    topic: "sliding-window-attention",
    claim: "100K tokens need 10^10 attention scores (5 × 10^9 causal)",
    verdict: "true",
    truth: "Full attention scores n² = 10^10 per head per layer at n = 100,000; causal attention n(n+1)/2 = 5,000,050,000.",
    templates: ["swa-seed-full-scores", "swa-causal-scores", "swa-seed-matrix-memory", "swa-score-matrix-memory"],
    cards: ["swa-seed-100k-scores", "swa-seed-100k-memory", "swa-seed-full-scores-computed", "swa-causal-scores-computed"],
  },
  {
    topic: "sliding-window-attention",
    claim: "Decoding is memory-bound",
    verdict: "true",
    truth: "At batch 1 every weight is read once per generated token (≈ 2 FLOPs per parameter against 2 bytes read in BF16), so tokens/s ≤ bandwidth / weight bytes.",
    templates: ["swa-decode-bandwidth-bound", "swa-decode-intensity", "swa-prefill-vs-decode"],
    cards: ["swa-decode-memory-bound", "swa-decode-24-tokens", "swa-prefill-decode"],
  },
  {
    topic: "quantization",
    claim: "Llama 3 70B takes 280 GB in FP32, 140 GB in FP16, 70 GB in INT8 and 35 GB in INT4",
    verdict: "partly true",
    truth: "True as a weights-only lower bound for 70.55 B parameters; real 4-bit files carry scales (Q4_K_M of Llama 3.1 70B is 43.1 GB) and inference adds the KV cache.",
    templates: ["quant-llama3-70b-sizes-claim", "quant-weight-memory", "quant-70b-int4-40gb", "quant-format-sizes-order"],
    cards: ["quant-llama3-70b-sizes", "quant-real-4bit-file", "quant-weight-memory-computed"],
  },
  {
    topic: "quantization",
    claim: "INT4 is 8× smaller",
    verdict: "partly true",
    truth: "Only relative to FP32; INT4 is 4× smaller than the usual BF16 checkpoint, and about 3.3–3.9× once scales are counted. Always name the baseline.",
    templates: ["quant-int4-8x-claim", "quant-compression-baseline"],
    cards: ["quant-int4-baseline", "quant-compression-baseline-computed"],
  },
  {
    topic: "quantization",
    claim: "QLoRA and GPTQ let you fine-tune in quantized form",
    verdict: "false",
    truth: "Half false: GPTQ is post-training quantization for inference; QLoRA trains 16-bit LoRA adapters over a frozen NF4 base.",
    templates: ["quant-qlora-gptq-finetune-claim", "quant-qlora-what-trains"],
    cards: ["quant-qlora-vs-gptq"],
  },
  {
    topic: "quantization",
    claim: "Each lower precision costs some quality",
    verdict: "true",
    truth: "As published for LLaMA 7B on wikitext-2 (llama.cpp): F16 5.9066, Q8_0 5.9070, Q4_0 6.1565 perplexity; a 13B model at Q4_0 (5.3860) still beats 7B at F16.",
    templates: ["quant-llama-q4-perplexity", "quant-llama-perplexity-order", "quant-13b-q4-vs-7b-f16"],
    cards: ["quant-llama-perplexity", "quant-bigger-quantized-model"],
  },
  {
    topic: "quantization",
    claim: "Quantized weights make decoding faster because decoding is memory-bound",
    verdict: "true",
    truth: "At batch 1 tokens/s ≤ bandwidth / weight bytes (about 1 FLOP per byte read against an H100's ≈ 295), so fewer bits per weight raise the bound.",
    templates: ["quant-decode-bound", "quant-decode-flops-per-byte", "quant-generation-vs-prompt-speed"],
    cards: ["quant-decode-bound", "quant-decode-why-memory-bound", "quant-decode-bound-computed"],
  },
];
