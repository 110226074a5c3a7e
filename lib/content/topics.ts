/** The five topics Quizformer teaches. The seed writes these rows; `slug` is the stable key. */
export type TopicSeed = { slug: string; title: string; summary: string; order: number };

export const TOPICS: readonly TopicSeed[] = [
  {
    slug: "sliding-window-attention",
    title: "Sliding-window attention",
    summary:
      "How attention cost grows with sequence length, what a causal window of w keys computes, how stacked layers widen the receptive field to L·(w−1)+1 positions, and what the KV cache really costs.",
    order: 1,
  },
  {
    slug: "rope",
    title: "Rotary position embeddings (RoPE)",
    summary:
      "Rotating query and key pairs by m·θᵢ with θᵢ = base^(−2i/d), why the dot product then depends only on the offset, wavelengths per pair, and how bases and interpolation extend context.",
    order: 2,
  },
  {
    slug: "quantization",
    title: "Quantization",
    summary:
      "Bytes per parameter from FP32 to INT4, absmax and zero-point schemes, group-wise scales and their real cost in bits per weight, and what NF4 with double quantization saves.",
    order: 3,
  },
  {
    slug: "rlhf",
    title: "RLHF",
    summary:
      "The three InstructGPT stages, Bradley–Terry reward models, the KL-penalised objective and PPO's clipped surrogate, and how DPO and GRPO remove the reward model or the critic.",
    order: 4,
  },
  {
    slug: "peft",
    title: "Parameter-efficient fine-tuning",
    summary:
      "LoRA's low-rank update with r(d + k) trainable parameters per matrix, adapters and prompt tuning, and why full fine-tuning with Adam needs about 16 bytes per parameter.",
    order: 5,
  },
];
