/**
 * Named misconceptions. Computed multiple-choice distractors name one, so a
 * wrong pick gets feedback on the actual mistake, and item analysis can group
 * wrong answers by cause.
 */
export const MISCONCEPTIONS = {
  "bits-for-bytes": "Bits and bytes mixed up: a byte is 8 bits (divide the bit count by 8).",
  "bytes-for-bits": "Bytes and bits mixed up: there are 8 bits in every byte.",
  "gb-vs-gib": "GB (10⁹ bytes) and GiB (2³⁰ bytes) mixed up: they differ by about 7 %.",
  "power-of-ten": "Off by a power of ten: a unit prefix (k, M, G) or an exponent slipped.",
  "forgot-kv-factor": "Only K or only V counted: the cache stores both keys and values (factor 2).",
  "query-heads-for-kv-heads": "Query heads used instead of KV heads: under grouped-query attention only the KV heads are cached.",
  "forgot-layers": "Only one layer counted: every layer has its own cache.",
  "forgot-batch": "The batch size was left out.",
  "full-instead-of-causal": "n² counted: causal attention scores each token only against itself and earlier tokens, n(n+1)/2.",
  "causal-instead-of-full": "n(n+1)/2 counted: bidirectional attention scores every pair, n².",
  "window-ignores-start": "n·w counted: the first w − 1 tokens have fewer than w keys to look at.",
  "window-without-self": "The window was taken to exclude the token itself.",
  "receptive-field-l-times-w": "L·w counted: each layer reaches w − 1 positions further back, plus the token itself: L·(w−1)+1.",
  "receptive-field-single-layer": "Only one layer's window counted: stacked layers pass information further back.",
  "theta-positive-exponent": "base^(+2i/d) used: RoPE frequencies are base^(−2i/d), decreasing with i.",
  "wavelength-without-2pi": "1/θ used as the wavelength: a full turn is 2π radians, so λ = 2π/θ.",
  "degrees-for-radians": "Degrees and radians mixed up.",
  "position-not-scaled": "Position used unscaled: Position Interpolation divides positions by the extension factor.",
  "weights-bits-not-bytes": "params × bits reported as bytes: divide by 8.",
  "wrong-baseline": "Wrong baseline: checkpoints ship in BF16/FP16 (2 bytes), not FP32 (4 bytes).",
  "forgot-scales": "Scales and zero points ignored: every group stores its own, which costs bits per weight.",
  "scale-without-zero": "The zero point was left out of the per-group overhead.",
  "absmax-uses-2-pow-b": "2^b − 1 (or 2^(b−1)) used as the top level: symmetric INT-b uses ±(2^(b−1) − 1).",
  "asym-uses-2-pow-b-minus-1": "2^(b−1) − 1 used: asymmetric quantization spreads the range over 2^b − 1 steps.",
  "lora-r-times-d": "r·d counted: LoRA trains B (d × r) and A (r × k), r(d + k) parameters.",
  "lora-full-matrix": "The full d × k matrix counted: that's full fine-tuning, not LoRA.",
  "lora-one-matrix": "Only one adapted matrix counted: every adapted matrix in every layer has its own A and B.",
  "adapter-forgot-biases": "Biases left out: a Houlsby adapter has 2md weights plus d + m biases.",
  "adam-weights-only": "Only the weights counted: mixed-precision Adam also keeps gradients, FP32 master weights and two moments (≈ 16 bytes/parameter).",
  "adam-no-master-weights": "FP32 master weights forgotten (4 bytes per parameter).",
  "sigmoid-swapped": "Chosen and rejected swapped: P(chosen ≻ rejected) = σ(r_chosen − r_rejected).",
  "log10-for-ln": "log₁₀ used: the losses use the natural logarithm.",
  "kl-sign": "The KL penalty was added instead of subtracted.",
  "dpo-no-reference": "Reference-model log-probabilities ignored: DPO uses log-ratios against the reference.",
  "ppo-no-clip": "The clip was ignored: PPO takes min(ρA, clip(ρ, 1−ε, 1+ε)·A).",
  "pairs-k-squared": "K² or K·(K−1) counted: each unordered pair of K responses is one comparison, C(K,2).",
  "forgot-beta": "β left out: the log-ratio is multiplied by the coefficient β before it enters the objective.",
  "kl-ignored": "The KL penalty was dropped: the policy maximises r − β·log(π/π_ref), not the reward alone.",
  "rolling-buffer-ignored": "The rolling buffer was ignored: a sliding-window model keeps only the last W positions, so its cache stops growing at W tokens.",
  "theta-exponent-i-over-d": "base^(−i/d) used: pair i holds dimensions 2i and 2i+1, so θ_i = base^(−2i/d).",
  "asym-range-ignores-min": "Only max used: asymmetric quantization spreads the whole range max − min over the codes, scale = (max − min)/(2^b − 1).",
  "off-by-one": "Off by one.",
} as const;

export type MisconceptionId = keyof typeof MISCONCEPTIONS;
export const MISCONCEPTION_IDS = Object.keys(MISCONCEPTIONS) as [MisconceptionId, ...MisconceptionId[]];
