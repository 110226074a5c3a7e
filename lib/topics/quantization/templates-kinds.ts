import type { TemplateInput } from "@/lib/questions/template-schema";
import { GPTQ, LLAMA_CPP, OCP_MX } from "./sources";

const PRESETS = ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"];

/** Templates of the matching, multiple-answer and unit-required numeric kinds. */
export const KIND_TEMPLATES: TemplateInput[] = [
  {
    key: "quant-match-format-bits",
    kind: "matching",
    topic: "quantization",
    title: "Match each weight format to its bits per value",
    prompt:
      "Match each storage format to the **average bits per value** it costs, counting the block scales it stores (ignore a single per-tensor scale, which is negligible). One option fits none of the formats.",
    pairs: [
      { prompt: "BF16", answer: "16 bits" },
      { prompt: "MXFP4: blocks of 32 FP4 (E2M1) values sharing one 8-bit power-of-two scale (E8M0)", answer: "4.25 bits" },
      { prompt: "NVFP4: blocks of 16 FP4 values sharing one FP8 (E4M3) scale", answer: "4.5 bits" },
      { prompt: "QLoRA's NF4 with double quantization (blocks of 64, 8-bit constants in blocks of 256)", answer: "about 4.127 bits" },
    ],
    distractors: ["exactly 4 bits, no overhead"],
    explanation:
      "BF16 stores 16 bits per value with no block scales. MXFP4: $4 + 8/32 = 4.25$. NVFP4: $4 + 8/16 = 4.5$ (its per-tensor FP32 scale adds next to nothing). NF4 with double quantization: $4 + 8/64 + 32/(64 \\cdot 256) \\approx 4.127$. Every block format pays for its scales, so none of the 4-bit formats costs exactly 4 bits per value.",
    source: { ...OCP_MX, detail: "MXFP4: 32 E2M1 elements per block with an E8M0 scale; NVFP4 from NVIDIA's NVFP4 post; NF4 double quantization from QLoRA (arXiv 2305.14314)." },
    difficulty: "medium",
    tags: ["formats", "block-scaling", "bits-per-weight"],
  },
  {
    key: "quant-true-statements-methods",
    kind: "multiple_answer",
    topic: "quantization",
    title: "GPTQ, AWQ, LLM.int8(), QLoRA: which statements hold?",
    prompt: "Tick **all** statements about LLM quantization methods that are true.",
    choices: [
      { text: "GPTQ is post-training quantization: it quantizes a trained model in one shot, using second-order information, for inference.", correct: true },
      { text: "LLM.int8() multiplies most of each matrix in INT8 but keeps the outlier feature dimensions in 16-bit.", correct: true },
      { text: "AWQ finds the roughly 1% of salient weights to protect by looking at activation magnitudes, not at the weights alone.", correct: true },
      {
        text: "QLoRA fine-tunes a model by updating its 4-bit NF4 weights directly.",
        correct: false,
        feedback: "QLoRA keeps the NF4 base frozen and trains LoRA adapters; gradients flow through the dequantized weights into the adapters only.",
      },
      {
        text: "INT4 weights are 8× smaller than the usual BF16 checkpoint.",
        correct: false,
        feedback: "8× is relative to FP32. Against BF16 (2 bytes per parameter) INT4 is 4× smaller, and only about 3.3–3.9× once block scales are counted.",
      },
      {
        text: "Symmetric (absmax) INT8 quantization maps the largest $|x|$ to 255.",
        correct: false,
        feedback: "Symmetric INT8 uses the range −127 … 127, so max|x| maps to 127; 255 is the top of the unsigned range used by asymmetric (zero-point) quantization.",
      },
    ],
    explanation:
      "GPTQ quantizes 175B-parameter models to 3–4 bits in about 4 GPU hours, with no training; it is not a fine-tuning method. LLM.int8() owes its accuracy to the 16-bit path for outlier features; AWQ uses activations to decide which ~1% of weights matter. QLoRA trains adapters over a frozen NF4 base. Compression ratios need a baseline: INT4 is 8× smaller than FP32 but 4× smaller than BF16.",
    source: { ...GPTQ, detail: "One-shot post-training quantization; LLM.int8() (arXiv 2208.07339) and AWQ (arXiv 2306.00978) for the other methods, QLoRA (arXiv 2305.14314) for frozen NF4 weights." },
    difficulty: "medium",
    tags: ["methods", "gptq", "awq", "misconception"],
  },
  {
    key: "quant-q4km-file-size",
    kind: "numeric",
    topic: "quantization",
    title: "Size of a Q4_K_M file, unit required",
    prompt:
      "llama.cpp's quantize README reports that its Q4_K_M format averages about **4.89 bits per weight** (measured on Llama 3.1 8B, averaged over the whole file, scales included). Assuming the same rate, how large is a Q4_K_M file of {model} ({model.params} parameters)? **Write the unit** (answer in GB, $10^9$ bytes); a number without a unit loses a quarter of the marks.",
    parameters: [{ kind: "preset", name: "model", presets: PRESETS }],
    answer: { fn: "quant.weight_bytes", inputs: { params: "model.params", bits: 4.89 } },
    display: { unit: "GB", digits: 3 },
    tolerance: { relative: 0.01 },
    unitPenalty: 0.25,
    explanation:
      "Size $= \\text{params} \\times 4.89 / 8$ bytes. For Llama 3 70B (70.55 B parameters) that is ≈ 43.1 GB — the size of the real Q4_K_M file of Llama 3.1 70B — against ≈ 35.3 GB for an idealised 4.0 bits per weight. The gap is the scales and the few tensors kept at higher precision; the KV cache comes on top at inference.",
    source: { ...LLAMA_CPP, detail: "Q4_K_M: 4.89 bits per weight on Llama 3.1 8B." },
    difficulty: "medium",
    tags: ["memory", "file-size", "units", "llama-cpp"],
  },
];
