import type { TemplateInput } from "@/lib/questions/template-schema";
import { FP8_FORMATS, NVFP4_BLOG, OCP_MX } from "./sources";

/** FP8, FP4 and block-scaled (MX, NVFP4) formats. */
export const FORMAT_TEMPLATES: TemplateInput[] = [
  {
    key: "quant-float-max-ieee",
    kind: "numeric",
    topic: "quantization",
    title: "Largest value of an IEEE-style small float",
    prompt:
      "A floating-point format has 1 sign bit, $E = {e}$ exponent bits with bias $2^{E-1}-1$ and $M = {m}$ mantissa bits, and follows IEEE 754 for special values: the all-ones exponent is reserved for infinities and not-a-number codes. Normal values are $2^{\\text{exp} - \\text{bias}} \\times (1 + \\text{mantissa}/2^M)$. What is the largest finite value?",
    parameters: [
      { kind: "choice", name: "e", values: [3, 4, 5] },
      { kind: "choice", name: "m", values: [1, 2, 3] },
    ],
    answer: { fn: "quant.float_max_finite", inputs: { exponentBits: "e", mantissaBits: "m", specials: 2 } },
    display: { unit: "", digits: 5 },
    explanation:
      "With the top exponent field $2^E - 1$ reserved, the largest usable one is $2^E - 2$, i.e. the exponent $2^E - 2 - \\text{bias}$, and the largest significand is all ones, $2 - 2^{-M}$. FP8 E5M2 follows this rule: $2^{15} \\times 1.75 = 57{,}344$. E4M3 does **not**: it drops infinities and keeps a single not-a-number pattern, which lifts its maximum from 240 (the IEEE-style value) to 448.",
    source: { ...FP8_FORMATS, detail: "FP8 binary interchange format, Table 1" },
    difficulty: "medium",
    tags: ["fp8", "floating-point", "range"],
  },
  {
    key: "quant-fp8-e4m3-max",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Largest value of FP8 E4M3",
    prompt:
      "FP8 E4M3 (as proposed in *FP8 Formats for Deep Learning*) has 1 sign bit, 4 exponent bits with bias 7 and 3 mantissa bits. It has **no infinities**, and only the pattern S.1111.111 means not-a-number; every other code with the top exponent is a normal number. What is its largest finite value?",
    answer: { fn: "quant.float_max_finite", inputs: { exponentBits: 4, mantissaBits: 3, specials: 1 } },
    display: { unit: "", digits: 5 },
    distractors: [
      { misconception: "fp8-ieee-specials", answer: { fn: "quant.float_max_finite", inputs: { exponentBits: 4, mantissaBits: 3, specials: 2 } } },
      { misconception: "fp8-nan-code-ignored", answer: { fn: "quant.float_max_finite", inputs: { exponentBits: 4, mantissaBits: 3, specials: 0 } } },
      { misconception: "fp8-formats-swapped", answer: { fn: "quant.float_max_finite", inputs: { exponentBits: 5, mantissaBits: 2, specials: 2 } } },
    ],
    explanation:
      "The top exponent field 1111 stays usable: $2^{15-7} = 2^8$. Its largest mantissa is 110 because 111 is reserved for not-a-number, so the maximum is $2^8 \\times 1.75 = 448$. An IEEE-style E4M3 would lose the whole top exponent and stop at $2^7 \\times 1.875 = 240$. E5M2 keeps IEEE specials and reaches 57,344 with one mantissa bit less: E4M3 trades range for precision.",
    source: { ...FP8_FORMATS, detail: "Table 1" },
    difficulty: "hard",
    tags: ["fp8", "e4m3", "range"],
  },
  {
    key: "quant-float-min-subnormal",
    kind: "numeric",
    topic: "quantization",
    title: "Smallest positive value of an FP8 format",
    prompt:
      "A small float format has 1 sign bit, $E = {e}$ exponent bits (bias $2^{E-1}-1$) and $M = {m}$ mantissa bits, with subnormals: exponent field 0 means $2^{1-\\text{bias}} \\times \\text{mantissa}/2^M$. What is the smallest positive value it can represent? Give it as a decimal or in scientific notation (e.g. 1.95e-3).",
    parameters: [
      { kind: "choice", name: "e", values: [3, 4, 5] },
      { kind: "choice", name: "m", values: [2, 3] },
    ],
    answer: { fn: "quant.float_min_subnormal", inputs: { exponentBits: "e", mantissaBits: "m" } },
    display: { unit: "", digits: 3 },
    explanation:
      "The smallest subnormal has mantissa 0…01: $2^{1-\\text{bias}} \\times 2^{-M} = 2^{1-\\text{bias}-M}$. For E4M3 (bias 7, $M = 3$) that is $2^{-9} \\approx 0.00195$; for E5M2 (bias 15, $M = 2$) $2^{-16} \\approx 1.53 \\times 10^{-5}$. Values below half of it round to 0, one reason FP8 tensors get a scale factor before the cast.",
    source: { ...FP8_FORMATS, detail: "Table 1 (min subnormal)" },
    difficulty: "hard",
    tags: ["fp8", "floating-point", "subnormal"],
  },
  {
    key: "quant-float-epsilon",
    kind: "numeric",
    topic: "quantization",
    title: "Relative precision from the mantissa bits",
    prompt:
      "A floating-point format stores $M = {m}$ mantissa (trailing significand) bits. What is the gap between 1 and the next larger representable value (the machine epsilon)? Give a decimal number.",
    parameters: [{ kind: "choice", name: "m", values: [1, 2, 3, 7, 10] }],
    answer: { fn: "quant.float_epsilon", inputs: { mantissaBits: "m" } },
    display: { unit: "", digits: 4 },
    explanation:
      "Between 1 and 2 the $2^M$ mantissa patterns are evenly spaced, $2^{-M}$ apart, and the same *relative* spacing repeats in every binade. E5M2 has $M = 2$ (0.25), E4M3 $M = 3$ (0.125), BF16 $M = 7$ (0.0078), FP16 $M = 10$ (0.00098), FP4 E2M1 $M = 1$ (0.5). Exponent bits buy range; mantissa bits buy precision.",
    source: { ...FP8_FORMATS, detail: "FP8 binary interchange format (E4M3: 3 mantissa bits, E5M2: 2)" },
    difficulty: "easy",
    tags: ["floating-point", "precision"],
  },
  {
    key: "quant-fp8-gradient-format",
    kind: "short_text",
    topic: "quantization",
    title: "The FP8 encoding for gradients",
    prompt:
      "*FP8 Formats for Deep Learning* proposes two 8-bit encodings: one with more precision for weights and activations, and one with more dynamic range that it recommends for gradients. Name the one for gradients (e.g. E2M1).",
    accepted: ["E5M2", "FP8 E5M2", "E5 M2"],
    explanation:
      "E5M2 (5 exponent, 2 mantissa bits; max 57,344; IEEE-style infinities and not-a-number codes) for gradients, whose magnitudes span a wide range; E4M3 (max 448, no infinities) for weights and activations in the forward pass, where precision matters more. The paper leaves per-tensor scale factors to software, and uses them where needed.",
    source: { ...FP8_FORMATS, detail: "FP8 binary interchange format: E4M3 for weights and activations, E5M2 for gradients" },
    difficulty: "easy",
    tags: ["fp8", "e5m2", "training"],
  },
  {
    key: "quant-fp8-e4m3-no-infinity",
    kind: "true_false",
    topic: "quantization",
    title: "Does FP8 E4M3 have infinities?",
    prompt: "True or false: the FP8 E4M3 encoding of *FP8 Formats for Deep Learning* (arXiv 2209.05433) cannot represent infinity.",
    correct: true,
    explanation:
      "True. E4M3 gives up infinities and keeps a single mantissa pattern for not-a-number (S.1111.111), so the top exponent still encodes normal numbers and the range grows to ±448. E5M2, by contrast, follows IEEE 754: ±∞ and not-a-number codes use the all-ones exponent, and the maximum is 57,344. Overflowing values must therefore be saturated or scaled before the cast to E4M3.",
    source: { ...FP8_FORMATS, detail: "Abstract, Table 1" },
    difficulty: "easy",
    tags: ["fp8", "e4m3", "special-values"],
  },
  {
    key: "quant-block-format-bits",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Bits per value of a block-scaled FP4 format",
    prompt:
      "A block-scaled format stores each value as 4-bit FP4 (E2M1) and gives every block of {block} consecutive values one shared {scaleBits}-bit scale (no zero point). Ignoring any per-tensor scale, how many bits does each value cost on average?",
    parameters: [
      { kind: "choice", name: "block", values: [16, 32, 64] },
      { kind: "choice", name: "scaleBits", values: [8, 16] },
    ],
    answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: 4, groupSize: "block", scaleBits: "scaleBits", zeroBits: 0 } },
    display: { unit: "b", digits: 5 },
    distractors: [
      { misconception: "forgot-scales", answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: 4, groupSize: "block", scaleBits: 0, zeroBits: 0 } } },
      { misconception: "bytes-for-bits", answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: 4, groupSize: "block", scaleBits: 1, zeroBits: 0 } } },
      { misconception: "scale-per-value", answer: { fn: "quant.groupwise_bits_per_weight", inputs: { bits: 4, groupSize: 1, scaleBits: "scaleBits", zeroBits: 0 } } },
    ],
    explanation:
      "$4 + \\text{scale bits}/\\text{block}$. MXFP4 (OCP Microscaling v1.0) uses blocks of 32 with an 8-bit power-of-two scale (E8M0): $4 + 8/32 = 4.25$ bits. NVFP4 uses blocks of 16 with an FP8 E4M3 scale, $4 + 8/16 = 4.5$ bits, plus one FP32 scale per tensor, which adds almost nothing. Smaller blocks fit the scale to the data more tightly, at a higher cost per value.",
    source: { ...OCP_MX, detail: "MXFP4: k = 32, scale E8M0, element FP4 E2M1" },
    difficulty: "medium",
    tags: ["mxfp4", "nvfp4", "block-formats", "bits-per-weight"],
  },
  {
    key: "quant-fp4-e2m1-values",
    kind: "multiple_choice",
    topic: "quantization",
    title: "The values of FP4 E2M1",
    prompt:
      "FP4 E2M1 (1 sign, 2 exponent bits with bias 1, 1 mantissa bit, subnormals, no infinities or not-a-number codes) is the element type of MXFP4 and NVFP4. Which list gives exactly its non-negative values?",
    choices: [
      { text: "0, 0.5, 1, 1.5, 2, 3, 4, 6", correct: true },
      { text: "0, 1, 2, 3, 4, 5, 6, 7", correct: false, feedback: "That is a 3-bit unsigned integer grid: evenly spaced. A float's spacing doubles with every exponent step." },
      { text: "0, 0.25, 0.5, 1, 2, 4, 8, 16", correct: false, feedback: "Those are powers of two only: with one mantissa bit each binade holds two values (1 and 1.5, 2 and 3, 4 and 6)." },
      { text: "0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5", correct: false, feedback: "Evenly spaced by 0.5 would need no exponent at all; E2M1's step doubles with each exponent." },
    ],
    explanation:
      "Exponent field 0 is subnormal: $0$ and $0.5$. Fields 1, 2, 3 give $2^0, 2^1, 2^2$ times $1$ or $1.5$: 1, 1.5, 2, 3, 4, 6. With the sign that is 15 distinct values (±0 coincide). The block's shared scale stretches this grid, whose top is 6, over the block's actual values.",
    source: { ...OCP_MX, detail: "FP4 E2M1 element format" },
    difficulty: "medium",
    tags: ["fp4", "e2m1", "block-formats"],
  },
  {
    key: "quant-mx-scale-type",
    kind: "short_text",
    topic: "quantization",
    title: "MX formats' shared-scale type",
    prompt:
      "In the OCP Microscaling (MX) formats, every block of 32 elements shares one 8-bit scale that can only be a power of two: 8 exponent bits and no mantissa. What is this scale format called? (e.g. E4M3)",
    accepted: ["E8M0", "UE8M0", "E8M0 scale"],
    explanation:
      "E8M0: an unsigned 8-bit exponent, so the scale is $2^k$. Multiplying by a power of two only shifts exponents, which makes the scale cheap in hardware. NVFP4 instead uses an FP8 E4M3 scale per 16 values (finer but not a pure power of two) plus a per-tensor FP32 scale.",
    source: { ...OCP_MX, detail: "MX-compliant formats: shared scale E8M0, block size 32" },
    difficulty: "medium",
    tags: ["mxfp4", "block-formats", "e8m0"],
  },
  {
    key: "quant-nvfp4-vs-mxfp4",
    kind: "multiple_choice",
    topic: "quantization",
    title: "NVFP4 compared with MXFP4",
    prompt: "Both MXFP4 and NVFP4 store FP4 (E2M1) values with block scales. What distinguishes NVFP4?",
    choices: [
      {
        text: "Blocks of 16 values with an FP8 E4M3 scale, plus one FP32 scale per tensor (≈ 4.5 bits per value).",
        correct: true,
      },
      { text: "Blocks of 32 values with a power-of-two E8M0 scale (4.25 bits per value).", correct: false, feedback: "That is MXFP4, the OCP Microscaling format." },
      { text: "4-bit integers with an FP16 scale and an FP16 zero point per 128 values.", correct: false, feedback: "That describes a GPTQ-style INT4 group layout, not an FP4 format." },
      { text: "One FP32 scale per tensor and nothing else: the FP4 values cover the whole range alone.", correct: false, feedback: "FP4's magnitudes only reach 6: without block scales one outlier would flatten every other value." },
    ],
    explanation:
      "NVFP4 halves the block (16 instead of 32) and uses an E4M3 scale, which can take non-power-of-two values, so the block's largest magnitude lands close to FP4's top value 6. The per-tensor FP32 scale keeps the E4M3 block scales themselves in range. Cost: $4 + 8/16 = 4.5$ bits per value against MXFP4's 4.25.",
    source: NVFP4_BLOG,
    difficulty: "hard",
    tags: ["nvfp4", "mxfp4", "block-formats"],
  },
];
