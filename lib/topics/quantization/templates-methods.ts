import type { TemplateInput } from "@/lib/questions/template-schema";
import { AUTOGPTQ, AWQ, GPTQ, QLORA, SMOOTHQUANT, WHITE_PAPER } from "./sources";

const PRESETS = ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"];

/** SmoothQuant, scale granularity, PTQ vs QAT, GPTQ, AWQ and QLoRA. */
export const METHOD_TEMPLATES: TemplateInput[] = [
  {
    key: "quant-smoothquant-factor",
    kind: "numeric",
    topic: "quantization",
    title: "SmoothQuant's smoothing factor",
    prompt:
      "SmoothQuant smooths input channel $j$ of a linear layer with $s_j = \\max|X_j|^{\\alpha} / \\max|W_j|^{1-\\alpha}$, where $\\max|X_j|$ is the channel's largest activation on calibration data and $\\max|W_j|$ the largest weight that channel multiplies. With the default $\\alpha = 0.5$, $\\max|X_j| = {maxAct}$ and $\\max|W_j| = {maxW}$, what is $s_j$?",
    parameters: [
      { kind: "choice", name: "maxAct", values: [9, 16, 25, 40, 64, 100] },
      { kind: "choice", name: "maxW", values: [0.25, 0.5, 1, 2] },
    ],
    answer: { fn: "quant.smoothquant_scale", inputs: { maxAct: "maxAct", maxWeight: "maxW", alpha: 0.5 } },
    display: { unit: "", digits: 3 },
    explanation:
      "At $\\alpha = 0.5$, $s_j = \\sqrt{\\max|X_j| / \\max|W_j|}$. Dividing the activations by $s_j$ and multiplying the weights by $s_j$ leaves $XW$ unchanged, and both channel maxima become $\\sqrt{\\max|X_j| \\cdot \\max|W_j|}$: the activation outlier's range is split evenly between activations and weights, so both quantize to INT8 (W8A8). A larger $\\alpha$ moves more of the difficulty onto the weights.",
    source: { ...SMOOTHQUANT, detail: "SmoothQuant method: s_j = max(|X_j|)^α / max(|W_j|)^(1−α), migration strength α = 0.5 by default" },
    difficulty: "medium",
    tags: ["smoothquant", "w8a8", "outliers"],
  },
  {
    key: "quant-smoothquant-mechanism",
    kind: "multiple_choice",
    topic: "quantization",
    title: "How SmoothQuant enables W8A8",
    prompt: "LLM activations have a few input channels with very large values, which wreck INT8 activation quantization. What does SmoothQuant do about it?",
    choices: [
      {
        text: "Divides each activation channel by a factor s_j and multiplies the matching weight row by s_j (folded offline into the previous layer), so XW is unchanged but activations become easy to quantize.",
        correct: true,
      },
      { text: "Keeps the outlier channels in FP16 and multiplies only the rest in INT8.", correct: false, feedback: "That is LLM.int8()'s mixed-precision decomposition; SmoothQuant avoids mixed precision." },
      { text: "Clips the activation outliers at a calibrated percentile before INT8 quantization.", correct: false, feedback: "Clipping changes the model's output; SmoothQuant's transformation is mathematically equivalent." },
      { text: "Retrains the model with a penalty on large activations.", correct: false, feedback: "SmoothQuant is training-free post-training quantization." },
    ],
    explanation:
      "Weights are easy to quantize, activations are not; the per-channel scaling migrates part of the activation range into the weights. The factors are computed once from calibration data and fused into the preceding LayerNorm and the weights, so inference pays nothing extra and runs INT8 GEMMs for weights **and** activations (W8A8).",
    source: { ...SMOOTHQUANT, detail: "Abstract and method (smoothing folded into the preceding LayerNorm)" },
    difficulty: "hard",
    tags: ["smoothquant", "w8a8", "outliers"],
  },
  {
    key: "quant-scale-count",
    kind: "numeric",
    topic: "quantization",
    title: "Scales stored for one quantized matrix",
    prompt:
      "{model}'s MLP up-projection maps {model.hidden} input features to {model.ffn} outputs (a {model.ffn} × {model.hidden} weight matrix). It is quantized group-wise: each row is split into groups of $g = {g}$ consecutive input features, and every group stores its own scale. How many scales does this one matrix store?",
    parameters: [
      { kind: "preset", name: "model", presets: PRESETS },
      { kind: "choice", name: "g", values: [32, 64, 128] },
    ],
    answer: { fn: "quant.scale_count", inputs: { rows: "model.ffn", cols: "model.hidden", groupSize: "g" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Each of the $d_\\text{out}$ rows holds $d_\\text{in}/g$ groups, so there are $d_\\text{out} \\cdot d_\\text{in} / g$ scales: one per $g$ weights, whatever the shape. AutoGPTQ stores them as a $\\lceil d_\\text{in}/g \\rceil \\times d_\\text{out}$ FP16 tensor (and as many zero points). Per-channel quantization would store only $d_\\text{out}$ scales, per-tensor a single one.",
    source: { ...AUTOGPTQ, detail: "scales: (⌈infeatures/group_size⌉, outfeatures)" },
    difficulty: "medium",
    tags: ["granularity", "group-wise", "scales"],
  },
  {
    key: "quant-granularity-order",
    kind: "ordering",
    topic: "quantization",
    title: "Granularity by number of scales",
    prompt: "A 4096 × 4096 weight matrix (output channels × input features) is quantized at different granularities. Order them by the number of scales stored, **fewest first**.",
    items: [
      "Per-tensor: one scale for the whole matrix",
      "Per-channel: one scale per output channel",
      "Per-group, g = 128 input features per group",
      "Per-group, g = 32 input features per group",
    ],
    explanation:
      "1 < 4,096 < 4096 · 4096/128 = 131,072 < 4096 · 4096/32 = 524,288. Finer granularity fits each scale to fewer values (one outlier spoils only its own group) at the price of more scale bits per weight: $16/128 = 0.125$ and $16/32 = 0.5$ bits per weight with FP16 scales.",
    source: { ...WHITE_PAPER, detail: "Quantization fundamentals: per-tensor and per-channel granularity" },
    difficulty: "easy",
    tags: ["granularity", "scales"],
  },
  {
    key: "quant-per-token-activations",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Why activations get per-token, not per-channel, scales",
    prompt:
      "In an INT8 matrix product $Y = XW$ with $X$ of shape tokens × channels and $W$ of shape channels × outputs, activation outliers sit in a few fixed **channels**. Yet W8A8 schemes such as SmoothQuant use per-**token** activation scales (one per row of $X$), not per-channel ones. Why?",
    choices: [
      {
        text: "A per-token scale (row of X) and a per-output-channel weight scale (column of W) factor out of each dot product and are applied to the INT32 result; a per-input-channel scale of X varies inside the sum over channels, so integer GEMM kernels can't apply it.",
        correct: true,
      },
      { text: "Per-token scales remove the channel outliers, because each token's scale adapts to its own outlier.", correct: false, feedback: "Every token has the outlier channels, so each token's scale is still stretched by them: per-token scaling alone doesn't fix channel outliers." },
      { text: "Per-channel scales would need more memory than the activations themselves.", correct: false, feedback: "A scale per channel is tiny next to a tokens × channels activation matrix; memory isn't the issue." },
      { text: "INT8 hardware can only store one scale per tensor.", correct: false, feedback: "Per-token and per-channel scales are routinely applied to the INT32 accumulator output." },
    ],
    explanation:
      "$Y_{ik} = \\sum_j X_{ij} W_{jk}$. A scale indexed by $i$ or by $k$ multiplies the whole sum and can be applied after the integer GEMM; one indexed by $j$ changes every term differently. SmoothQuant's trick is to move the per-channel factor offline into $W$ ($\\hat W_j = s_j W_j$) so activations can use per-tensor or per-token scales.",
    source: { ...SMOOTHQUANT, detail: "Preliminaries, Fig. 3: INT8 GEMM kernels can only use scales along the outer dimensions (tokens, output channels)" },
    difficulty: "hard",
    tags: ["granularity", "per-token", "w8a8", "smoothquant"],
  },
  {
    key: "quant-ptq-vs-qat",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Post-training quantization versus quantization-aware training",
    prompt: "What distinguishes post-training quantization (PTQ) from quantization-aware training (QAT)?",
    choices: [
      {
        text: "PTQ quantizes an already trained model, with at most a small calibration set and no end-to-end retraining; QAT simulates the quantization during training so the weights adapt to it.",
        correct: true,
      },
      { text: "PTQ quantizes only the activations; QAT quantizes only the weights.", correct: false, feedback: "Both can quantize weights, activations or both; the difference is whether the model is trained with the quantization in the loop." },
      { text: "PTQ needs the full training set; QAT needs only a few hundred samples.", correct: false, feedback: "It's the other way round: PTQ (GPTQ, AWQ, SmoothQuant) uses a small calibration set, QAT needs a training pipeline and data." },
      { text: "QAT is the faster of the two to apply to a 70B model.", correct: false, feedback: "QAT means training; PTQ methods like GPTQ quantize a 175B model in about four GPU hours." },
    ],
    explanation:
      "PTQ is cheap and needs no labels or training pipeline, which is why LLM quantization is mostly PTQ: GPTQ, AWQ, SmoothQuant, llama.cpp's k-quants. QAT (fake-quantization in the forward pass, straight-through gradients) usually recovers more accuracy at very low bit widths but costs a training run.",
    source: { ...WHITE_PAPER, detail: "Post-training quantization and quantization-aware training chapters" },
    difficulty: "easy",
    tags: ["ptq", "qat"],
  },
  {
    key: "quant-qlora-gptq-finetune-claim",
    kind: "true_false",
    topic: "quantization",
    title: "Do QLoRA and GPTQ both fine-tune in quantized form?",
    prompt: "True or false: QLoRA and GPTQ are both methods for fine-tuning a model while its weights are in quantized form.",
    correct: false,
    explanation:
      "False — half of it is right. **GPTQ** is one-shot post-training quantization for inference: it rounds a trained model's weights to 3–4 bits and trains nothing. **QLoRA** fine-tunes: it keeps the base model frozen in 4-bit NF4 and trains LoRA adapters in 16-bit, backpropagating through the quantized weights (65B on one 48 GB GPU). The NF4 weights themselves never change.",
    source: QLORA,
    difficulty: "medium",
    tags: ["qlora", "gptq", "misconception"],
  },
  {
    key: "quant-qlora-what-trains",
    kind: "multiple_choice",
    topic: "quantization",
    title: "What QLoRA updates",
    prompt: "During QLoRA fine-tuning, which parameters receive gradient updates?",
    choices: [
      { text: "Only the LoRA adapters (kept in 16-bit); the NF4 base weights stay frozen, and gradients flow through them, dequantized to BF16 on the fly.", correct: true },
      { text: "The NF4 base weights, updated directly in 4-bit.", correct: false, feedback: "The 4-bit base is frozen: QLoRA trains only the low-rank adapters." },
      { text: "Both the NF4 weights and the adapters, with paged optimizers holding the NF4 states.", correct: false, feedback: "Paged optimizers page the adapters' optimizer states under memory spikes; the base weights have no optimizer state." },
      { text: "Nothing: QLoRA is a post-training quantization method like GPTQ.", correct: false, feedback: "QLoRA is a fine-tuning method; it quantizes the base only to make fine-tuning fit in memory." },
    ],
    explanation:
      "QLoRA stores the pretrained weights in NF4 with double quantization (≈ 4.127 bits per parameter), computes in BF16, and trains LoRA adapters on top. Because the base is frozen, it needs neither gradients nor optimizer states for 65B parameters, which is how a 65B model fine-tunes on one 48 GB GPU.",
    source: QLORA,
    difficulty: "medium",
    tags: ["qlora", "lora", "nf4"],
  },
  {
    key: "quant-gptq-steps-order",
    kind: "ordering",
    topic: "quantization",
    title: "The steps of GPTQ on one layer",
    prompt: "Put GPTQ's processing of one linear layer in order.",
    items: [
      "Run a small calibration set through the model to collect the layer's inputs X",
      "Form the layer's Hessian H = 2XXᵀ (with dampening) and the Cholesky factor of its inverse",
      "Round the next column (block of columns) of the weight matrix to the quantization grid",
      "Spread that rounding error over the not-yet-quantized columns, weighted by the inverse Hessian",
      "When every column is quantized, pack the codes and move on to the next layer",
    ],
    explanation:
      "GPTQ minimises the layer's output error $\\lVert WX - \\hat W X \\rVert^2$ one column at a time, as Optimal Brain Quantization does, but in a fixed column order with lazy batched updates and a Cholesky formulation, which makes it fast enough for 175B models (about four GPU hours) while still using second-order information.",
    source: { ...GPTQ, detail: "Algorithm 1 (lazy batch updates, Cholesky reformulation)" },
    difficulty: "hard",
    tags: ["gptq", "post-training"],
  },
  {
    key: "quant-awq-mixed-precision-claim",
    kind: "true_false",
    topic: "quantization",
    title: "Does AWQ keep its salient weights in FP16?",
    prompt: "True or false: AWQ, as published, stores the ~1 % of salient weight channels in FP16 and quantizes only the remaining 99 % to 4 bits.",
    correct: false,
    explanation:
      "False. AWQ observes that keeping ~1 % salient channels (found from **activation** magnitudes) in FP16 would recover most of the accuracy, but mixed precision is awkward for hardware. Instead it multiplies each input channel of the weights by a scale derived from the activation magnitudes (largest for the salient channels) before quantization, and divides the activations by the same scale, so every weight stays in the same INT4 format. It needs no backpropagation or reconstruction.",
    source: AWQ,
    difficulty: "hard",
    tags: ["awq", "weight-only", "misconception"],
  },
];
