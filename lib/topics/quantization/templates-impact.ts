import type { TemplateInput } from "@/lib/questions/template-schema";
import { H100, LLAMA3, LLAMA_CPP, LLAMA_CPP_2023 } from "./sources";

const PRESETS = ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"];

/** What quantization costs (published perplexity) and buys (memory, decoding speed). */
export const IMPACT_TEMPLATES: TemplateInput[] = [
  {
    key: "quant-llama-q4-perplexity",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Perplexity cost of llama.cpp's Q4_0",
    prompt:
      "llama.cpp's 2023 README measured the original LLaMA 7B on the wikitext-2 test set (context 512): perplexity **5.9066** with F16 weights. Which perplexity did it report for **Q4_0** (4-bit codes with one FP16 scale per 32 weights, 4.5 bits per weight)?",
    choices: [
      { text: "6.1565 (about +0.25, or +4 %)", correct: true },
      { text: "5.9070 (+0.0004)", correct: false, feedback: "That is Q8_0 (8.5 bits per weight): 8-bit codes are practically lossless here." },
      { text: "5.9862 (+0.08)", correct: false, feedback: "That is Q5_0 (5.5 bits per weight): one more bit cut the increase from 0.25 to 0.08." },
      { text: "5.3860", correct: false, feedback: "That is LLaMA **13B** at Q4_0, which beats 7B even at F16." },
    ],
    explanation:
      "Same model, same data, same context: F16 5.9066, Q8_0 5.9070, Q5_0 5.9862, Q4_0 6.1565. Losses are small at 8 bits and grow quickly below 5 bits, which is why 4-bit formats add more scale information (Q4_1, k-quants, GPTQ/AWQ) to claw quality back. Always compare perplexities on the same dataset, context length and tokenizer.",
    source: { ...LLAMA_CPP_2023, detail: "Quantization table (7B row: perplexity, bits/weight)" },
    difficulty: "medium",
    tags: ["perplexity", "llama-cpp", "quality"],
  },
  {
    key: "quant-llama-perplexity-order",
    kind: "ordering",
    topic: "quantization",
    title: "llama.cpp formats by perplexity",
    prompt:
      "Order these llama.cpp formats of the original LLaMA 7B by their published wikitext-2 perplexity (test set, context 512), **lowest (best) first**.",
    items: ["F16 (16 bits per weight)", "Q8_0 (8.5 bits per weight)", "Q5_1 (6.0 bits per weight)", "Q5_0 (5.5 bits per weight)", "Q4_1 (5.0 bits per weight)", "Q4_0 (4.5 bits per weight)"],
    explanation:
      "5.9066, 5.9070, 5.9481, 5.9862, 6.0912, 6.1565: quality falls with the bits per weight. The \"_1\" formats store a minimum besides the scale (an extra FP16 per 32 weights, +0.5 bits), which buys them a lower perplexity than the \"_0\" format with the same 4- or 5-bit codes.",
    source: { ...LLAMA_CPP_2023, detail: "Quantization table, 7B perplexity row" },
    difficulty: "medium",
    tags: ["perplexity", "llama-cpp", "quality"],
  },
  {
    key: "quant-13b-q4-vs-7b-f16",
    kind: "true_false",
    topic: "quantization",
    title: "A bigger quantized model or a smaller full-precision one?",
    prompt:
      "True or false: in llama.cpp's 2023 measurements (wikitext-2 test set, context 512), LLaMA 13B quantized to Q4_0 (file size listed as 6.8G) had a **lower** perplexity than LLaMA 7B in F16 (13.0G).",
    correct: true,
    explanation:
      "True: 5.3860 for 13B at Q4_0 against 5.9066 for 7B at F16, from about half the file size. Within these measurements, more parameters at 4.5 bits beat fewer parameters at 16 bits; the same table shows the 4-bit penalty itself is small (13B: 5.2543 in F16 → 5.3860 in Q4_0).",
    source: { ...LLAMA_CPP_2023, detail: "Quantization table (7B and 13B perplexity and file size rows)" },
    difficulty: "medium",
    tags: ["perplexity", "llama-cpp", "model-size"],
  },
  {
    key: "quant-decode-bound",
    kind: "numeric",
    topic: "quantization",
    title: "Decoding speed bound from the weight precision",
    prompt:
      "{model} ({model.params} parameters) generates one sequence at a time (batch 1) on a GPU with {bw} GB/s of memory bandwidth (GB = $10^9$ bytes). Its weights are quantized to {bits} bits per weight on average, scales included (activations stay 16-bit). Each generated token needs every weight read once from memory. Ignoring the KV cache and all other traffic, what is the upper bound on generated tokens per second?",
    parameters: [
      { kind: "preset", name: "model", presets: PRESETS },
      { kind: "choice", name: "bits", values: [8.5, 4.89, 4.5, 4.25] },
      { kind: "choice", name: "bw", values: [1000, 2000, 3350] },
    ],
    answer: { fn: "quant.decode_tokens_per_second_bound", inputs: { params: "model.params", bits: "bits", bandwidth: "bw" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Tokens/s $\\le$ bandwidth / weight bytes, with weight bytes $= \\text{params} \\times \\text{bits}/8$. Llama 3 70B in BF16 (141 GB) on an H100 SXM (3.35 TB/s) is capped near 24 tokens/s; at 4.5 bits per weight the cap rises 3.6×, to ≈ 84 tokens/s. That is why weight-only quantization speeds up single-stream generation even though the arithmetic still runs in 16-bit: decoding is limited by bytes read, not by FLOPs.",
    source: H100,
    difficulty: "medium",
    tags: ["decoding", "memory-bound", "bandwidth"],
  },
  {
    key: "quant-decode-flops-per-byte",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Arithmetic intensity of batched decoding",
    prompt:
      "During decoding, a batch of {batch} sequences each produces one token per step, so every weight is read once per step and used in one multiply-add (2 FLOPs) per sequence. With weights stored at {bits} bits, how many FLOPs are done per byte of weights read (weights only)?",
    parameters: [
      { kind: "choice", name: "batch", values: [2, 4, 16, 32, 64] },
      { kind: "choice", name: "bits", values: [16, 8, 4] },
    ],
    answer: { fn: "quant.decode_arithmetic_intensity", inputs: { batch: "batch", bits: "bits" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "bits-for-bytes", scale: 0.125 },
      { misconception: "forgot-batch", answer: { fn: "quant.decode_arithmetic_intensity", inputs: { batch: 1, bits: "bits" } } },
    ],
    explanation:
      "$2 \\times \\text{batch}$ FLOPs per weight over $\\text{bits}/8$ bytes per weight. At batch 1 in BF16 that is 1 FLOP per byte, while an H100 SXM can do ≈ 295 (989 dense BF16 TFLOPS / 3.35 TB/s): the tensor cores mostly wait for memory. Batching raises the intensity linearly, and fewer bits per weight raise it too; only at intensities near the GPU's ratio does decoding become compute-bound.",
    source: H100,
    difficulty: "hard",
    tags: ["decoding", "memory-bound", "arithmetic-intensity"],
  },
  {
    key: "quant-generation-vs-prompt-speed",
    kind: "multiple_choice",
    topic: "quantization",
    title: "Why 4-bit speeds up generation more than prompt processing",
    prompt:
      "llama.cpp's quantize README benchmarks Llama 3.1 8B on one machine: F16 processes a 512-token prompt at 923 tokens/s and generates at 29.2 tokens/s; Q4_K_M (4.89 bits per weight) processes prompts at 822 tokens/s but generates at 71.9 tokens/s. Why does quantization speed up generation so much more than prompt processing?",
    choices: [
      {
        text: "Generating one token reads every weight for only ~2 FLOPs each, so it is memory-bound and gains from fewer bytes; a 512-token prompt reuses each weight 512 times, so it is compute-bound and gains nothing from fewer bytes.",
        correct: true,
      },
      { text: "Q4_K_M skips the attention layers during generation.", correct: false, feedback: "Every layer still runs; only the weights' storage format changes." },
      { text: "4-bit arithmetic is 4× faster than 16-bit arithmetic on every processor.", correct: false, feedback: "If arithmetic were the bottleneck, prompt processing would have sped up too; it slowed down slightly." },
      { text: "The smaller file fits in the CPU cache, which only matters for generation.", correct: false, feedback: "A 4.58 GiB file doesn't fit in any cache; the gain comes from reading fewer bytes from memory per token." },
    ],
    explanation:
      "Text generation went from 29.17 to 71.93 tokens/s (2.5×) while the weights shrank 16.0/4.89 ≈ 3.3×: the bound is bytes per token. Prompt processing batches 512 tokens per weight read, so its speed is set by arithmetic; its small drop (923 → 822 tokens/s) is consistent with the extra work of unpacking the 4-bit codes.",
    source: { ...LLAMA_CPP, detail: "Quantization table for meta-llama/Llama-3.1-8B (prompt processing @ 512, text generation @ 128)" },
    difficulty: "hard",
    tags: ["decoding", "memory-bound", "llama-cpp"],
  },
  {
    key: "quant-llama3-70b-sizes-claim",
    kind: "true_false",
    topic: "quantization",
    title: "Llama 3 70B at FP32, FP16, INT8 and INT4",
    prompt:
      "True or false: counting the weights only, Llama 3 70B takes about 280 GB in FP32, 140 GB in FP16, 70 GB in INT8 and 35 GB in INT4 (GB = $10^9$ bytes).",
    correct: true,
    explanation:
      "True, as a weights-only lower bound: 70.55 B parameters × 4, 2, 1 and 0.5 bytes give ≈ 282, 141, 70.6 and 35.3 GB. It is not what you need to run the model: real 4-bit files carry scales (llama.cpp's Q4_K_M of Llama 3.1 70B is 43.1 GB), and inference adds the KV cache (320 KiB per token in BF16, 40 GiB at 131,072 tokens) and activations.",
    source: LLAMA3,
    difficulty: "easy",
    tags: ["memory", "bytes-per-parameter", "misconception"],
  },
];
