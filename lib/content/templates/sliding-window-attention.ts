import type { TemplateInput } from "@/lib/questions/template-schema";

const MISTRAL = { title: "Mistral 7B, arXiv 2310.06825", url: "https://arxiv.org/abs/2310.06825" };
const GQA = { title: "GQA: Training Generalized Multi-Query Transformer Models, arXiv 2305.13245", url: "https://arxiv.org/abs/2305.13245" };

/** Built-in templates for sliding-window attention. Content follows the project's topic facts. */
export const SLIDING_WINDOW_TEMPLATES: TemplateInput[] = [
  {
    key: "swa-window-scores",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "Scores computed by a causal sliding window",
    prompt:
      "A decoder layer uses a causal sliding window of $w = {w}$ keys, **including the token itself** (query $i$ sees positions $\\max(0, i-w+1)\\dots i$). How many query–key scores does one head compute for a sequence of $n = {n}$ tokens? Count exactly, including the start of the sequence.",
    parameters: [
      { kind: "choice", name: "n", values: [1024, 2048, 4096, 8192, 16384, 32768] },
      { kind: "choice", name: "w", values: [128, 256, 512, 1024, 4096] },
    ],
    constraints: [{ left: "w", op: "<", right: "n" }],
    answer: { fn: "attention.window_scores", inputs: { n: "n", w: "w" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Each of the first $w-1$ queries sees fewer than $w$ keys, so the exact count is $n\\cdot w - w(w-1)/2$, a little less than the rough $n\\cdot w$ — and far below causal attention's $n(n+1)/2$.",
    source: MISTRAL,
    difficulty: "medium",
    tags: ["counting", "complexity"],
  },
  {
    key: "swa-kv-cache-model",
    kind: "multiple_choice",
    topic: "sliding-window-attention",
    title: "KV cache of a real model",
    prompt:
      "{model} has {model.layers} layers, {model.kvHeads} KV heads of dimension {model.headDim}. How large is its KV cache in BF16 (2 bytes per value) for one sequence of {seq} tokens?",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "mistral-7b", "gemma-2-9b"] },
      { kind: "choice", name: "seq", values: [4096, 8192, 32768] },
    ],
    answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 2, batch: 1 } },
    display: { unit: "MiB", digits: 3 },
    distractors: [
      { misconception: "forgot-kv-factor", scale: 0.5 },
      { misconception: "query-heads-for-kv-heads", answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.heads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 2, batch: 1 } } },
      { misconception: "forgot-layers", answer: { fn: "attention.kv_cache_bytes", inputs: { layers: 1, kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 2, batch: 1 } } },
    ],
    explanation:
      "The cache holds a key and a value vector per KV head, per layer, per token: $2 \\times L \\times h_{kv} \\times d_{head} \\times$ bytes per value per token. Grouped-query attention shrinks it by caching only the KV heads.",
    source: GQA,
    difficulty: "medium",
    tags: ["kv-cache", "memory", "gqa"],
  },
  {
    key: "swa-llama3-uses-window",
    kind: "true_false",
    topic: "sliding-window-attention",
    title: "Does Llama 3 use sliding-window attention?",
    prompt: "True or false: Llama 3 reaches its long context by using sliding-window attention.",
    correct: false,
    explanation:
      "False. Llama 3 and 3.1 use dense (full) causal attention with grouped-query attention; 3.1 reaches 131,072 tokens that way. Context length comes from training length, the position encoding and KV-cache memory, not from windowing.",
    source: { title: "The Llama 3 Herd of Models, arXiv 2407.21783", url: "https://arxiv.org/abs/2407.21783" },
    difficulty: "easy",
    tags: ["models", "misconception"],
  },
  {
    key: "swa-flashattention-exact",
    kind: "short_text",
    topic: "sliding-window-attention",
    title: "What FlashAttention changes",
    prompt: "FlashAttention computes attention without materialising the $n \\times n$ score matrix. Is its result exact or approximate? (one word)",
    accepted: ["exact", "exactly", "it is exact"],
    explanation: "Exact: FlashAttention tiles the computation and never stores the full score matrix, but it computes the same softmax attention. Sliding windows, by contrast, change *what* is computed.",
    source: { title: "FlashAttention, arXiv 2205.14135", url: "https://arxiv.org/abs/2205.14135" },
    difficulty: "easy",
    tags: ["memory", "concept"],
  },
  {
    key: "swa-model-families-order",
    kind: "ordering",
    topic: "sliding-window-attention",
    title: "Local layers per global layer",
    prompt: "Order these models by how many sliding-window (local) layers they use per global-attention layer, fewest first.",
    items: ["Llama 3 (dense everywhere: 0 local layers)", "Gemma 2 (1 local per global)", "Gemma 3 (5 local per global)"],
    explanation: "Llama 3 uses dense attention in every layer; Gemma 2 alternates local (window 4096) and global layers 1:1; Gemma 3 uses 5 local layers (window 1024) per global one.",
    source: { title: "Gemma 3 Technical Report, arXiv 2503.19786", url: "https://arxiv.org/abs/2503.19786" },
    difficulty: "hard",
    tags: ["models"],
  },
];
