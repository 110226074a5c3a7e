import type { TemplateInput } from "@/lib/questions/template-schema";
import { FORMAT_TEMPLATES } from "./templates-formats";
import { IMPACT_TEMPLATES } from "./templates-impact";
import { KIND_TEMPLATES } from "./templates-kinds";
import { METHOD_TEMPLATES } from "./templates-methods";
import { AWQ, GPTQ, LLAMA3, LLAMA_CPP, LLM_INT8, QLORA, WHITE_PAPER } from "./sources";

const PRESETS = ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"];

/** The first edition's templates: bytes per parameter, absmax and zero-point codes, group-wise scales, QLoRA. */
const CORE_TEMPLATES: TemplateInput[] = [
  {
    key: "quant-weight-memory",
    kind: "numeric",
    topic: "quantization",
    title: "Weight memory at a given precision",
    prompt:
      "{model} has {model.params} parameters. How much memory do its **weights alone** take at {bits} bits per weight (FP32 = 32, BF16 = 16, INT8 = 8, INT4 = 4; no scales, KV cache or activations)? Answer in GB ($1\\text{ GB} = 10^9$ bytes).",
    parameters: [
      { kind: "preset", name: "model", presets: PRESETS },
      { kind: "choice", name: "bits", values: [32, 16, 8, 4] },
    ],
    answer: { fn: "quant.weight_bytes", inputs: { params: "model.params", bits: "bits" } },
    display: { unit: "GB", digits: 3 },
    explanation:
      "Memory $= \\text{params} \\times \\text{bits} / 8$ bytes: 4 bytes per parameter in FP32, 2 in BF16, 1 in INT8, 0.5 in INT4. Llama 3 70B (70.55 B parameters) gives ≈ 282, 141, 70.6 and 35.3 GB. This is a lower bound: real quantized files carry scales, and inference adds the KV cache and activations.",
    source: LLAMA3,
    difficulty: "easy",
    tags: ["memory", "bytes-per-parameter"],
  },
  {
    key: "quant-weight-memory-gib",
    kind: "multiple_choice",
    topic: "quantization",
    title: "4-bit weights with scales, in GiB",
    prompt:
      "{model} has {model.params} parameters. Its weights are quantized to 4-bit codes; with the per-group scales counted they average {bpw} bits per weight. How much memory do the quantized weights take, in **GiB** ($2^{30}$ bytes)?",
    parameters: [
      { kind: "preset", name: "model", presets: PRESETS },
      { kind: "choice", name: "bpw", values: [4.125, 4.25, 4.5, 4.89] },
    ],
    answer: { fn: "quant.weight_bytes", inputs: { params: "model.params", bits: "bpw" } },
    display: { unit: "GiB", digits: 3 },
    distractors: [
      { misconception: "gb-vs-gib", scale: 1.073741824 },
      { misconception: "weights-bits-not-bytes", scale: 8 },
      { misconception: "forgot-scales", answer: { fn: "quant.weight_bytes", inputs: { params: "model.params", bits: 4 } } },
    ],
    explanation:
      "Bytes $= \\text{params} \\times \\text{bpw} / 8$, then divide by $2^{30}$ for GiB (dividing by $10^9$ gives GB, about 7 % more). Use the effective bits per weight: the scales make a \"4-bit\" model noticeably bigger than $\\text{params}/2$ bytes.",
    source: LLAMA_CPP,
    difficulty: "medium",
    tags: ["memory", "units", "group-wise"],
  },
  {
    key: "quant-groupwise-bits",
    kind: "numeric",
    topic: "quantization",
    title: "Bits per weight with group-wise scales",
    prompt:
      "Weights are quantized symmetrically to $b = {bits}$ bits in groups of $g = {g}$ consecutive weights. Each group stores one {scaleBits}-bit floating-point scale and no zero point. How many bits does each weight cost on average, scale included?",
    parameters: [
      { kind: "choice", name: "bits", values: [2, 3, 4, 8] },
      { kind: "choice", name: "g", values: [32, 64, 128, 256] },
      { kind: "choice", name: "scaleBits", values: [16, 32] },
    ],
    answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: "bits", groupSize: "g", scaleBits: "scaleBits", zeroBits: 0 } },
    display: { unit: "b", digits: 5 },
    tolerance: { absolute: 0.005 },
    explanation:
      "The scale is shared by the $g$ weights of its group, so it adds $\\text{scale bits}/g$ to each: $b + s/g$. With $b = 4$, $g = 128$ and an FP16 scale that is 4.125 bits; llama.cpp's Q8_0 (8-bit codes, one FP16 scale per 32 weights) is $8 + 16/32 = 8.5$ bits.",
    source: LLAMA_CPP,
    difficulty: "medium",
    tags: ["group-wise", "bits-per-weight"],
  },
  {
    key: "quant-groupwise-zero-point",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Overhead of scales and zero points",
    prompt:
      "Asymmetric {bits}-bit quantization with groups of $g = {g}$ weights: each group stores an FP16 scale **and** an FP16 zero point. What is the average storage per weight?",
    parameters: [
      { kind: "choice", name: "bits", values: [3, 4, 8] },
      { kind: "choice", name: "g", values: [32, 64, 128, 256] },
    ],
    answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: "bits", groupSize: "g", scaleBits: 16, zeroBits: 16 } },
    display: { unit: "b", digits: 5 },
    distractors: [
      { misconception: "scale-without-zero", answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: "bits", groupSize: "g", scaleBits: 16, zeroBits: 0 } } },
      { misconception: "forgot-scales", answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: "bits", groupSize: "g", scaleBits: 0, zeroBits: 0 } } },
      { misconception: "bytes-for-bits", answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: "bits", groupSize: "g", scaleBits: 2, zeroBits: 2 } } },
    ],
    explanation:
      "Each group spends $16 + 16 = 32$ bits on its scale and zero point, shared by $g$ weights: $b + 32/g$ bits per weight. For 4 bits and $g = 128$ that is 4.25 bits; an FP16 value is 16 bits (2 bytes), not 2 bits. (This setup stores the zero point in FP16; GPTQ-format checkpoints pack it at the weight's bit width instead, $4 + 16/128 + 4/128 = 4.15625$ bits.)",
    source: GPTQ,
    difficulty: "medium",
    tags: ["group-wise", "bits-per-weight", "zero-point"],
  },
  {
    key: "quant-compression-baseline",
    kind: "multiple_choice",
    topic: "quantization",
    title: "How much smaller than the released checkpoint?",
    prompt:
      "An open-weight model is released as a BF16 checkpoint (16 bits per weight). You quantize it to 4-bit codes whose scales bring the average to {bpw} bits per weight. How many times smaller are the weights than the **released checkpoint**?",
    parameters: [{ kind: "choice", name: "bpw", values: [4.125, 4.25, 4.5, 4.89] }],
    answer: { fn: "quant.compression_ratio", inputs: { fromBits: 16, toBits: "bpw" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "wrong-baseline", answer: { fn: "quant.compression_ratio", inputs: { fromBits: 32, toBits: "bpw" } } },
      { misconception: "forgot-scales", answer: { fn: "quant.compression_ratio", inputs: { fromBits: 16, toBits: 4 } } },
      { misconception: "wrong-baseline", answer: { fn: "quant.compression_ratio", inputs: { fromBits: 32, toBits: 4 } } },
    ],
    explanation:
      "The ratio is baseline bits over quantized bits: $16/\\text{bpw}$, between 3.3× and 3.9× for real 4-bit formats. The popular \"INT4 is 8× smaller\" compares with FP32 and ignores the scales; always name the baseline.",
    source: LLAMA_CPP,
    difficulty: "easy",
    tags: ["compression", "baseline", "misconception"],
  },
  {
    key: "quant-absmax-scale",
    kind: "numeric",
    topic: "quantization",
    title: "Step size of absmax quantization",
    prompt:
      "A tensor is quantized symmetrically (absmax) to $b = {bits}$ bits: the integer codes run from $-(2^{b-1}-1)$ to $2^{b-1}-1$, and the largest absolute value $\\max|x| = {maxAbs}$ maps to the top code. What real value does one step $\\Delta$ of the integer code stand for? Give 3 significant digits.",
    parameters: [
      { kind: "choice", name: "bits", values: [4, 8] },
      { kind: "float", name: "maxAbs", min: 0.5, max: 12, step: 0.1 },
    ],
    answer: { fn: "quant.absmax_scale", inputs: { maxAbs: "maxAbs", bits: "bits" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "The top code is $2^{b-1}-1$ (127 for INT8, 7 for INT4), so $\\Delta = \\max|x| / (2^{b-1}-1)$. The code $-2^{b-1}$ (−128 for INT8) stays unused, which keeps the grid symmetric around 0.",
    source: LLM_INT8,
    difficulty: "easy",
    tags: ["absmax", "symmetric"],
  },
  {
    key: "quant-absmax-code",
    kind: "numeric",
    topic: "quantization",
    title: "Quantize a value with absmax INT8",
    prompt:
      "A tensor with $\\max|x| = {maxAbs}$ is quantized to INT8 with absmax scaling: $\\Delta = \\max|x|/127$, $q = \\mathrm{clamp}(\\mathrm{round}(x/\\Delta), -127, 127)$. Which integer code $q$ does the value $x = {x}$ get?",
    parameters: [
      { kind: "choice", name: "maxAbs", values: [2.1, 3.2, 3.8, 5.3, 6.5, 7.9] },
      { kind: "choice", name: "x", values: [-0.85, -0.7, -0.6, -0.45, -0.35, -0.2, -0.15, -0.05, 0.05, 0.1, 0.25, 0.3, 0.4, 0.55, 0.65, 0.8] },
    ],
    answer: { fn: "quant.quantize_absmax", inputs: { x: "x", maxAbs: "maxAbs", bits: 8 } },
    display: { unit: "", digits: 3 },
    explanation:
      "$x/\\Delta = 127\\,x/\\max|x|$, rounded to the nearest integer. Dequantizing gives back $q\\cdot\\Delta$, off from $x$ by at most $\\Delta/2$: one large outlier in the tensor makes $\\Delta$ large and the error on every other value large too.",
    source: LLM_INT8,
    difficulty: "medium",
    tags: ["absmax", "symmetric", "rounding"],
  },
  {
    key: "quant-asym-zero-point",
    kind: "numeric",
    topic: "quantization",
    title: "Zero point of asymmetric quantization",
    prompt:
      "Asymmetric (zero-point) quantization maps the range $[{min}, {max}]$ onto the unsigned codes $0 \\dots 2^b - 1$ with $b = {bits}$: $\\text{scale} = (\\max - \\min)/(2^b - 1)$ and $\\text{zero\\_point} = \\mathrm{round}(-\\min/\\text{scale})$. What is the zero point?",
    parameters: [
      { kind: "choice", name: "min", values: [-1.3, -1.5, -2, -2.7] },
      { kind: "choice", name: "max", values: [2.8, 3.8, 5.6, 7] },
      { kind: "choice", name: "bits", values: [4, 8] },
    ],
    answer: { fn: "quant.asym_zero_point", inputs: { min: "min", max: "max", bits: "bits" } },
    display: { unit: "", digits: 3 },
    explanation:
      "The zero point is the code that stands for the real value 0: $-\\min/\\text{scale}$, rounded to an integer so that 0 is represented exactly (padding and ReLU zeros then cost no error). It sits as far up the code range as 0 sits inside $[\\min, \\max]$.",
    source: WHITE_PAPER,
    difficulty: "hard",
    tags: ["asymmetric", "zero-point"],
  },
  {
    key: "quant-asym-code",
    kind: "numeric",
    topic: "quantization",
    title: "Quantize a value with a zero point",
    prompt:
      "A tensor with range $[{min}, {max}]$ is quantized to unsigned 8-bit codes: $\\text{scale} = (\\max - \\min)/255$, $\\text{zero\\_point} = \\mathrm{round}(-\\min/\\text{scale})$, $q = \\mathrm{clamp}(\\mathrm{round}(x/\\text{scale}) + \\text{zero\\_point}, 0, 255)$. Which code does $x = {x}$ get?",
    parameters: [
      { kind: "choice", name: "min", values: [-1, -1.5, -2.7] },
      { kind: "choice", name: "max", values: [3.4, 4.4, 5.2] },
      { kind: "choice", name: "x", values: [-0.65, -0.34, -0.19, 0.19, 0.65, 1, 1.48] },
    ],
    answer: { fn: "quant.quantize_asym", inputs: { x: "x", min: "min", max: "max", bits: 8 } },
    display: { unit: "", digits: 3 },
    explanation:
      "Round $x/\\text{scale}$ first, then shift by the zero point: that keeps 0 exactly representable. Negative values land below the zero point, positive ones above it, and the whole range $[\\min, \\max]$ uses all 256 codes.",
    source: WHITE_PAPER,
    difficulty: "hard",
    tags: ["asymmetric", "zero-point", "rounding"],
  },
  {
    key: "quant-asym-scale",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Scale of asymmetric INT8",
    prompt:
      "Activations ranging over $[{min}, {max}]$ are quantized asymmetrically to unsigned 8-bit codes ($0 \\dots 255$), with a zero point. What is the scale (the real value of one code step)?",
    parameters: [
      { kind: "choice", name: "min", values: [-0.4, -0.9, -1.6, -2.5] },
      { kind: "choice", name: "max", values: [3.1, 4.7, 6.4, 9.3] },
    ],
    answer: { fn: "quant.asym_scale", inputs: { min: "min", max: "max", bits: 8 } },
    display: { unit: "", digits: 4 },
    distractors: [
      { misconception: "asym-uses-2-pow-b-minus-1", scale: 255 / 127 },
      { misconception: "off-by-one", scale: 255 / 256 },
      { misconception: "asym-range-ignores-min", answer: { fn: "quant.asym_scale", inputs: { min: 0, max: "max", bits: 8 } } },
    ],
    explanation:
      "Asymmetric quantization spreads the whole range $\\max - \\min$ over the $2^8 - 1 = 255$ steps between codes 0 and 255: $\\text{scale} = (\\max - \\min)/255$. Symmetric absmax would waste codes on the side the data never reaches.",
    source: WHITE_PAPER,
    difficulty: "hard",
    tags: ["asymmetric", "scale"],
  },
  {
    key: "quant-qlora-constants",
    kind: "numeric",
    topic: "quantization",
    title: "Cost of QLoRA's quantization constants",
    prompt:
      "QLoRA quantizes weights in blocks of $B = {block}$, each with one absmax constant. With **double quantization** those constants are stored in 8 bits, in blocks of $B_2 = {block2}$ constants that each keep one FP32 (32-bit) constant. How many bits per parameter do the constants cost (not counting the 4-bit weights)? Give 3 significant digits.",
    parameters: [
      { kind: "choice", name: "block", values: [32, 64, 128, 256] },
      { kind: "choice", name: "block2", values: [128, 256] },
    ],
    answer: { fn: "quant.nf4_double_quant_bits", inputs: { blockSize: "block", blockSize2: "block2" } },
    display: { unit: "b", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "First-level constants: 8 bits per $B$ weights; second-level: 32 bits per $B \\cdot B_2$ weights. Total $8/B + 32/(B B_2)$. QLoRA's $B = 64$, $B_2 = 256$ gives ≈ 0.127 bits, down from $32/64 = 0.5$ bits with plain FP32 constants: about 3 GB saved on a 65B model.",
    source: QLORA,
    difficulty: "hard",
    tags: ["qlora", "nf4", "double-quantization", "bits-per-weight"],
  },
  {
    key: "quant-int4-8x-claim",
    kind: "true_false",
    topic: "quantization",
    title: "Is INT4 8× smaller?",
    prompt: "True or false: quantizing an open-weight model's released BF16 checkpoint to INT4 makes its weights 8× smaller.",
    correct: false,
    explanation:
      "False. INT4 is 8× smaller than **FP32** (32/4), but checkpoints ship in BF16, so the saving is $16/4 = 4\\times$ — and only about 3.3–3.9× once per-group scales are counted (e.g. $16/4.89 \\approx 3.3$ for llama.cpp's Q4_K_M). Always name the baseline.",
    source: LLAMA_CPP,
    difficulty: "easy",
    tags: ["compression", "baseline", "misconception"],
  },
  {
    key: "quant-70b-int4-40gb",
    kind: "true_false",
    topic: "quantization",
    title: "Does 4-bit Llama 3.1 70B fit in 40 GB at full context?",
    prompt:
      "True or false: since $70.55 \\times 10^9 \\times 4 / 8 \\approx 35$ GB, a single 40 GB GPU can serve Llama 3.1 70B in 4 bits with its full 131,072-token context.",
    correct: false,
    explanation:
      "False. 35.3 GB is a weights-only lower bound: a real 4-bit file such as Q4_K_M (≈ 4.89 bits per weight) is ≈ 43.1 GB. On top of that, the BF16 KV cache costs $2 \\times 80 \\times 8 \\times 128 \\times 2$ bytes = 320 KiB per token, i.e. 40 GiB at 131,072 tokens.",
    source: LLAMA3,
    difficulty: "medium",
    tags: ["memory", "kv-cache", "misconception"],
  },
  {
    key: "quant-int8-minus-128",
    kind: "true_false",
    topic: "quantization",
    title: "The unused INT8 code",
    prompt: "True or false: with symmetric absmax INT8 quantization ($\\Delta = \\max|x|/127$), the code −128 is never produced.",
    correct: true,
    explanation:
      "True. Codes are clamped to $[-127, 127]$ so the grid is symmetric: $x = \\max|x|$ maps to 127 and $x = -\\max|x|$ to −127. Using −128 would need a value beyond $-\\max|x|$, which by definition doesn't exist.",
    source: LLM_INT8,
    difficulty: "medium",
    tags: ["absmax", "symmetric"],
  },
  {
    key: "quant-llm-int8-outliers",
    kind: "multiple_choice",
    topic: "quantization",
    title: "How LLM.int8() handles outliers",
    prompt: "Beyond about 6.7 B parameters, a few hidden-state feature dimensions carry very large values. How does LLM.int8() keep 8-bit inference accurate despite them?",
    choices: [
      {
        text: "It multiplies the few outlier feature dimensions in 16-bit and everything else in INT8 with vector-wise scales (mixed-precision decomposition).",
        correct: true,
      },
      { text: "It clips the outliers to ±127 before quantizing, so they no longer stretch the scale.", correct: false, feedback: "Clipping the outliers destroys model quality; the paper shows they matter. They are kept in 16-bit instead." },
      { text: "It retrains the model with quantization-aware training so that outliers disappear.", correct: false, feedback: "LLM.int8() needs no training: it is applied to a trained checkpoint." },
      { text: "It stores all weights in 4 bits and dequantizes them to FP32 for every multiplication.", correct: false, feedback: "That describes 4-bit weight-only schemes, not LLM.int8()'s 8-bit matrix multiplication." },
    ],
    explanation:
      "One outlier would stretch absmax scaling and crush every other value into a few codes. LLM.int8() uses separate scales per row/column (vector-wise) and routes the outlier feature dimensions through a 16-bit matrix multiplication; more than 99.9 % of the values are still multiplied in 8-bit.",
    source: LLM_INT8,
    difficulty: "medium",
    tags: ["llm-int8", "outliers"],
  },
  {
    key: "quant-awq-salient",
    kind: "multiple_choice",
    topic: "quantization",
    title: "What AWQ looks at",
    prompt: "AWQ protects about 1 % of salient weights when quantizing to 4 bits. How does it decide which weights are salient?",
    choices: [
      { text: "From the activations: weight channels that see large activation magnitudes matter most.", correct: true },
      { text: "From the weights themselves: the largest-magnitude weights matter most.", correct: false, feedback: "AWQ reports that picking salient channels by activation magnitude works far better than by weight magnitude." },
      {
        text: "From per-layer second-order (Hessian) information, quantizing column by column and correcting the rest.",
        correct: false,
        feedback: "That is GPTQ's approach, not AWQ's.",
      },
      { text: "At random: any 1 % kept in FP16 works equally well.", correct: false, feedback: "Random selection barely helps; which 1 % you protect is the whole point." },
    ],
    explanation:
      "AWQ finds salient channels from activation statistics on calibration data and protects them by scaling those channels up before quantization (instead of keeping mixed precision), so all weights stay in the same low-bit format.",
    source: AWQ,
    difficulty: "hard",
    tags: ["awq", "weight-only"],
  },
  {
    key: "quant-format-sizes-order",
    kind: "ordering",
    topic: "quantization",
    title: "Llama 3.1 70B weight files by size",
    prompt: "Order these ways of storing Llama 3.1 70B's 70.55 B weights by size, **largest first** (GB = $10^9$ bytes).",
    items: [
      "FP32 (32 bits per weight)",
      "BF16 (16 bits per weight)",
      "INT8 (8 bits per weight)",
      "llama.cpp Q4_K_M (≈ 4.89 bits per weight)",
      "NF4 with double quantization (≈ 4.127 bits per weight)",
      "INT4 without any scales (4 bits per weight)",
    ],
    explanation:
      "Size is params × bits / 8: ≈ 282, 141, 70.6, 43.1, 36.4 and 35.3 GB. The last is only a lower bound: every practical 4-bit format stores scales (and Q4_K_M keeps some tensors at higher precision).",
    source: LLAMA_CPP,
    difficulty: "medium",
    tags: ["memory", "formats"],
  },
  {
    key: "quant-absmax-steps-order",
    kind: "ordering",
    topic: "quantization",
    title: "Steps of absmax INT8 quantization",
    prompt: "Put the steps of symmetric (absmax) INT8 quantization of a tensor, and its later use, in order.",
    items: [
      "Find max|x| over the tensor (or over each row or group)",
      "Compute the step Δ = max|x| / 127",
      "Divide each value by Δ and round to the nearest integer",
      "Clamp to [−127, 127] and store the int8 codes together with Δ",
      "Dequantize when needed: multiply each code by Δ",
    ],
    explanation: "The scale comes from the data's range; values are scaled, rounded and clamped into the integer grid; the scale is stored alongside so that $q \\cdot \\Delta$ recovers each value up to $\\Delta/2$.",
    source: LLM_INT8,
    difficulty: "easy",
    tags: ["absmax", "symmetric"],
  },
  {
    key: "quant-nf4-name",
    kind: "short_text",
    topic: "quantization",
    title: "QLoRA's 4-bit data type",
    prompt: "QLoRA stores the frozen base model in a 4-bit data type whose 16 levels are placed for normally distributed weights. What is it called? (name or abbreviation)",
    accepted: ["NF4", "NormalFloat4", "4-bit NormalFloat", "NormalFloat", "NormalFloat 4-bit", "NF4 NormalFloat"],
    explanation:
      "NF4 (4-bit NormalFloat): its levels are quantiles of a normal distribution, so each level is used about equally often by zero-centred weights. QLoRA combines it with double quantization and paged optimizers to fine-tune a 65B model on one 48 GB GPU.",
    source: QLORA,
    difficulty: "easy",
    tags: ["qlora", "nf4"],
  },
  {
    key: "quant-gptq-name",
    kind: "short_text",
    topic: "quantization",
    title: "One-shot second-order quantization",
    prompt:
      "Which post-training method quantizes GPT models with 175 B parameters to 3–4 bits per weight in about four GPU hours, using approximate second-order (Hessian) information to compensate the error of each quantized column? (one word)",
    accepted: ["GPTQ", "OPTQ"],
    explanation:
      "GPTQ quantizes one layer at a time, column by column, updating the not-yet-quantized weights to compensate each rounding error (an approximate Optimal Brain Quantization). It needs only a small calibration set and no retraining.",
    source: GPTQ,
    difficulty: "medium",
    tags: ["gptq", "post-training"],
  },
];

/** Built-in templates for quantization. Content follows the project's topic facts. */
export const QUANTIZATION_TEMPLATES: TemplateInput[] = [...CORE_TEMPLATES, ...FORMAT_TEMPLATES, ...METHOD_TEMPLATES, ...IMPACT_TEMPLATES, ...KIND_TEMPLATES];
