import type { TemplateInput } from "@/lib/questions/template-schema";

import { FLASH, GEMMA2, GEMMA3, GPT4, GQA, LLAMA3, LONGFORMER, MISTRAL, VASWANI } from "./sources";
import { KIND_TEMPLATES } from "./templates-kinds";
import { LAYOUT_TEMPLATES } from "./templates-layouts";
import { SERVING_TEMPLATES } from "./templates-serving";

/** The first edition's templates (keys kept; the engine tests read the first two by position). */
const CORE_TEMPLATES: TemplateInput[] = [
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
      "{model} has {model.layers} layers, {model.kvHeads} KV heads of dimension {model.headDim}. How large is its KV cache in BF16 (2 bytes per value) for one sequence of {seq} tokens, if every layer keeps all {seq} positions (no rolling buffer)? Sizes are in MiB ($2^{20}$ bytes).",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "mistral-7b", "gemma-2-9b"] },
      { kind: "choice", name: "seq", values: [2048, 4096, 8192] },
    ],
    answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 2, batch: 1 } },
    display: { unit: "MiB", digits: 3 },
    distractors: [
      { misconception: "forgot-kv-factor", scale: 0.5 },
      { misconception: "query-heads-for-kv-heads", answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.heads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 2, batch: 1 } } },
      { misconception: "forgot-layers", answer: { fn: "attention.kv_cache_bytes", inputs: { layers: 1, kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 2, batch: 1 } } },
    ],
    explanation:
      "The cache holds a key and a value vector per KV head, per layer, per token: $2 \\times L \\times h_{kv} \\times d_{head} \\times$ bytes per value per token. Grouped-query attention shrinks it by caching only the KV heads. (Sliding-window layers can cap their share with a rolling buffer; the question sets that aside.)",
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
    source: LLAMA3,
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
    source: FLASH,
    difficulty: "easy",
    tags: ["memory", "concept"],
  },
  {
    key: "swa-model-families-order",
    kind: "ordering",
    topic: "sliding-window-attention",
    title: "Local layers per global layer",
    prompt: "Order these model families by how many sliding-window (local) attention layers they use per global-attention layer, fewest first.",
    items: ["Llama 3", "Gemma 2", "Gemma 3"],
    explanation:
      "Llama 3 uses dense attention in every layer (no local layers); Gemma 2 alternates local (window 4,096) and global layers 1:1; Gemma 3 uses 5 local layers (window 1,024) per global one, which shrinks the KV cache of long contexts.",
    source: GEMMA3,
    difficulty: "hard",
    tags: ["models"],
  },
  {
    key: "swa-causal-scores",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "Scores computed by causal attention",
    prompt:
      "In causal (decoder) attention without a window, query $i$ scores itself and every earlier token. How many query–key scores does one head in one layer compute for a sequence of $n = {n}$ tokens? Give the exact count.",
    parameters: [{ kind: "choice", name: "n", values: [512, 1000, 2048, 4096, 8192, 32768] }],
    answer: { fn: "attention.causal_scores", inputs: { n: "n" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Query $i$ (counting from 0) sees $i+1$ keys, so the total is $1 + 2 + \\dots + n = n(n+1)/2$: about half of the $n^2$ scores of bidirectional attention, but still quadratic in $n$.",
    source: VASWANI,
    difficulty: "easy",
    tags: ["counting", "complexity"],
  },
  {
    key: "swa-receptive-field",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "Receptive field of stacked windows",
    prompt:
      "Every layer of a decoder uses a causal sliding window of $w = {w}$ keys, including the token itself. After {layers} such layers, over how many positions (the token itself included) can the last layer's output at one position depend?",
    parameters: [
      { kind: "choice", name: "layers", values: [4, 8, 12, 16, 24, 32] },
      { kind: "choice", name: "w", values: [128, 256, 512, 1024, 2048, 4096] },
    ],
    answer: { fn: "attention.receptive_field", inputs: { layers: "layers", w: "w" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Each layer lets information move back $w-1$ positions (the window's other slot is the token itself), so $L$ layers reach $L\\cdot(w-1)$ positions back: $L\\cdot(w-1)+1$ positions in all, far more than one window.",
    source: MISTRAL,
    difficulty: "medium",
    tags: ["receptive-field", "stacking"],
  },
  {
    key: "swa-mistral-receptive-field",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "Mistral's 131K attention span, counted exactly",
    prompt:
      "This course counts a causal window of $w$ keys **including the token itself** (query $i$ sees positions $i-w+1 \\dots i$). Mistral 7B has 32 layers and a window of $W = 4096$, read the way its rolling-buffer cache keeps it: 4,096 keys including the token, so $w = 4096$. Counting exactly and including the token itself, over how many positions can the top layer's output depend?",
    answer: { fn: "attention.receptive_field", inputs: { layers: 32, w: 4096 } },
    display: { unit: "", digits: 3 },
    explanation:
      "Each layer reaches $w - 1 = 4095$ positions further back, so 32 layers reach $32 \\times 4095 = 131{,}040$ positions back, plus the token itself: 131,041. The paper quotes a theoretical span of about 131K tokens ($32 \\times 4096$). Its text (position $i$ attends to $i-W \\dots i$) can also be read as $W$ keys *besides* the token, which gives $32 \\times 4096 + 1 = 131{,}073$; inference libraries differ by the same one position. Either way the span is about 131K.",
    source: { ...MISTRAL, detail: "Section 2, sliding window attention: W = 4096 and 32 layers give a theoretical attention span of about 131K tokens; the rolling buffer cache keeps W slots." },
    difficulty: "hard",
    tags: ["receptive-field", "conventions", "models"],
  },
  {
    key: "swa-kv-per-token",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "KV cache per token",
    prompt:
      "{model} has {model.layers} layers and {model.kvHeads} KV heads of dimension {model.headDim}, cached in 16-bit precision (2 bytes per value). With every position kept, how many KiB ($2^{10}$ bytes) of keys and values does each token add to one sequence's cache, over all layers?",
    parameters: [{ kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"] }],
    answer: { fn: "attention.kv_cache_bytes_per_token", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", bytesPerValue: 2 } },
    display: { unit: "KiB", digits: 4 },
    explanation:
      "Per token the cache stores a key and a value for every KV head of every layer: $2 \\times L \\times h_{kv} \\times d_{head} \\times 2$ bytes. Llama 3 70B needs 320 KiB; Llama 2 7B, with one KV head per query head, needs 512 KiB despite being ten times smaller.",
    source: GQA,
    difficulty: "easy",
    tags: ["kv-cache", "memory", "gqa"],
  },
  {
    key: "swa-rolling-buffer-slot",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "Rolling buffer cache slot",
    prompt:
      "A sliding-window model keeps a rolling buffer cache of $W = {w}$ slots, numbered from 0: the keys and values of position $i$ (counting from 0) go to slot $i \\bmod W$, overwriting whatever was there. Which slot receives position $i = {i}$?",
    parameters: [
      { kind: "choice", name: "w", values: [1024, 4096] },
      { kind: "int", name: "i", min: 5000, max: 40000, step: 1 },
    ],
    answer: { fn: "attention.rolling_buffer_slot", inputs: { i: "i", w: "w" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Slot $= i \\bmod W$. The position it overwrites, $i - W$, has just left the window, so no query will need it again and the cache never holds more than $W$ positions.",
    source: { ...MISTRAL, detail: "Section 2, rolling buffer cache." },
    difficulty: "easy",
    tags: ["kv-cache", "rolling-buffer"],
  },
  {
    key: "swa-gqa-ratio",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "What grouped-query attention saves",
    prompt:
      "{model} has {model.heads} query heads and {model.kvHeads} KV heads. How many times smaller is its KV cache than that of the same model with one KV head per query head (standard multi-head attention), all else equal?",
    parameters: [{ kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "mistral-7b", "gemma-2-9b", "llama-2-7b"] }],
    answer: { fn: "attention.gqa_cache_ratio", inputs: { heads: "model.heads", kvHeads: "model.kvHeads" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Each KV head is shared by a group of $h/h_{kv}$ query heads, and only KV heads are cached, so the cache shrinks by $h/h_{kv}$. A ratio of 1 means plain multi-head attention (Llama 2 7B).",
    source: GQA,
    difficulty: "easy",
    tags: ["kv-cache", "gqa"],
  },
  {
    key: "swa-kv-cache-long-context",
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "KV cache at long context with dense attention",
    prompt:
      "{model} uses dense attention in all {model.layers} layers, with {model.kvHeads} KV heads of dimension {model.headDim}. What is the KV cache in BF16 (2 bytes per value) for a batch size of {batch}, each sequence {seq} tokens long? Answer in GiB ($2^{30}$ bytes).",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3.1-70b"] },
      { kind: "choice", name: "seq", values: [16384, 32768, 65536, 131072] },
      { kind: "choice", name: "batch", values: [1, 2, 4] },
    ],
    answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 2, batch: "batch" } },
    display: { unit: "GiB", digits: 3 },
    explanation:
      "Per token: $2 \\times 80 \\times 8 \\times 128 \\times 2$ bytes $= 320$ KiB; times tokens and batch. One 131,072-token sequence needs 40 GiB: long context with dense attention is feasible, but the cache, not a window, becomes the bottleneck.",
    source: LLAMA3,
    difficulty: "medium",
    tags: ["kv-cache", "memory", "long-context"],
  },
  {
    key: "swa-rolling-buffer-cache",
    kind: "multiple_choice",
    topic: "sliding-window-attention",
    title: "Mistral's capped KV cache",
    prompt:
      "Mistral 7B (v0.1) has 32 layers, 8 KV heads of dimension 128 (32 query heads), and a rolling buffer cache of $W = 4096$ positions per layer. How large is the KV cache in FP16 (2 bytes per value) for a batch size of {batch}, each sequence {seq} tokens long? Sizes are in GiB ($2^{30}$ bytes).",
    parameters: [
      { kind: "choice", name: "seq", values: [8192, 32768] },
      { kind: "choice", name: "batch", values: [1, 2, 4, 8] },
    ],
    answer: { fn: "attention.kv_cache_bytes", inputs: { layers: 32, kvHeads: 8, headDim: 128, seqLen: 4096, bytesPerValue: 2, batch: "batch" } },
    display: { unit: "GiB", digits: 3 },
    distractors: [
      { misconception: "rolling-buffer-ignored", answer: { fn: "attention.kv_cache_bytes", inputs: { layers: 32, kvHeads: 8, headDim: 128, seqLen: "seq", bytesPerValue: 2, batch: "batch" } } },
      { misconception: "forgot-kv-factor", scale: 0.5 },
      { misconception: "query-heads-for-kv-heads", answer: { fn: "attention.kv_cache_bytes", inputs: { layers: 32, kvHeads: 32, headDim: 128, seqLen: 4096, bytesPerValue: 2, batch: "batch" } } },
    ],
    explanation:
      "Only the last $W = 4096$ positions are kept (position $i$ goes to slot $i \\bmod W$), so each sequence needs $4096 \\times 128$ KiB $= 512$ MiB whatever its length. The paper notes that at 32K tokens this cuts cache memory 8×.",
    source: { ...MISTRAL, detail: "Section 2, rolling buffer cache." },
    difficulty: "hard",
    tags: ["kv-cache", "rolling-buffer", "memory"],
  },
  {
    key: "swa-score-matrix-memory",
    kind: "multiple_choice",
    topic: "sliding-window-attention",
    title: "Memory of a materialised score matrix",
    prompt:
      "A naive implementation of full (bidirectional) attention materialises the $n \\times n$ score matrix of every head. With {model.heads} heads (as in {model}), $n = {n}$ tokens and 2 bytes per score, how much memory do the score matrices of **one** layer take for one sequence? Sizes are in GiB ($2^{30}$ bytes).",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b"] },
      { kind: "choice", name: "n", values: [4096, 8192, 16384, 32768] },
    ],
    answer: { fn: "attention.matrix_bytes", inputs: { n: "n", heads: "model.heads", bytesPerValue: 2 } },
    display: { unit: "GiB", digits: 3 },
    distractors: [
      { misconception: "bits-for-bytes", scale: 8 },
      { misconception: "causal-instead-of-full", scale: 0.5 },
      { misconception: "gb-vs-gib", scale: 1.073741824 },
    ],
    explanation:
      "Each head holds $n^2$ scores, so one layer needs $n^2 \\times h \\times 2$ bytes, quadratic in $n$. FlashAttention computes the same exact attention in tiles without ever storing these matrices.",
    source: FLASH,
    difficulty: "medium",
    tags: ["memory", "complexity"],
  },
  {
    key: "swa-gemma2-layout",
    kind: "multiple_choice",
    topic: "sliding-window-attention",
    title: "How Gemma 2 mixes local and global attention",
    prompt: "How does Gemma 2 combine sliding-window (local) and global attention?",
    choices: [
      { text: "It alternates them layer by layer: local layers with a 4,096-token window, global layers over 8,192 tokens", correct: true },
      { text: "Every layer uses a 4,096-token sliding window", correct: false, feedback: "That is Mistral 7B v0.1; Gemma 2 keeps a global layer after every local one." },
      { text: "Five local layers with a 1,024-token window per global layer", correct: false, feedback: "That is Gemma 3's layout, chosen to shrink the KV cache further." },
      { text: "Dense attention in every layer, with grouped-query attention", correct: false, feedback: "That is Llama 3. Gemma 2 does use GQA, but also local layers." },
    ],
    explanation:
      "The Gemma 2 report alternates local sliding-window attention (window 4,096) and global attention (span 8,192) in every other layer. Gemma 3 moves to 5 local layers per global one.",
    source: GEMMA2,
    difficulty: "medium",
    tags: ["models"],
  },
  {
    key: "swa-window-limit-claim",
    kind: "true_false",
    topic: "sliding-window-attention",
    title: "Is dense attention limited to 4K–8K tokens?",
    prompt: "True or false: models without window attention are limited to about 4K–8K tokens of context.",
    correct: false,
    explanation:
      "False. Llama 3.1 runs dense attention (with grouped-query attention) over 131,072 tokens. Context length comes from the training length, the position encoding and the memory of the KV cache, not from whether attention is windowed.",
    source: { ...LLAMA3, detail: "Long-context pre-training extends Llama 3 to 128K tokens with full attention." },
    difficulty: "easy",
    tags: ["long-context", "misconception"],
  },
  {
    key: "swa-closed-models-claim",
    kind: "true_false",
    topic: "sliding-window-attention",
    title: "What is known about GPT-4's and Claude 3's attention",
    prompt: "True or false: the published technical reports of GPT-4 and Claude 3 state that these models use sliding-window attention for their long contexts.",
    correct: false,
    explanation:
      "False. The GPT-4 report explicitly withholds architecture details, and Anthropic has not published Claude 3's attention design either. Claims that they use window attention are guesses; of the three models in the original claim, only Llama 3 is documented — and it uses dense attention.",
    source: {
      ...GPT4,
      detail: "“This report contains no further details about the architecture (including model size), hardware, training compute, dataset construction, training method, or similar.”",
    },
    difficulty: "medium",
    tags: ["models", "misconception"],
  },
  {
    key: "swa-stacked-reach",
    kind: "true_false",
    topic: "sliding-window-attention",
    title: "Can a windowed model see beyond its window?",
    prompt:
      "True or false: in a decoder where every layer uses a causal sliding window of $w \\ge 2$ keys (the token itself included), the output at layer 10 for a token can depend on tokens more than $w$ positions earlier.",
    correct: true,
    explanation:
      "True. Each layer passes information back another $w-1$ positions, so after $L$ layers a token can depend on $L\\cdot(w-1)+1$ positions — Mistral 7B quotes a theoretical span of about 131K tokens from a 4,096 window and 32 layers. The information arrives indirectly, through intermediate tokens.",
    source: MISTRAL,
    difficulty: "medium",
    tags: ["receptive-field", "stacking"],
  },
  {
    key: "swa-longformer-global",
    kind: "short_text",
    topic: "sliding-window-attention",
    title: "Longformer's all-seeing tokens",
    prompt:
      "Longformer combines a local window with a few task-chosen tokens (such as [CLS]) that attend to every token and that every token attends to. What is this kind of attention called? (one word, as in “___ attention”)",
    accepted: ["global", "global attention", "global tokens"],
    explanation:
      "Global attention: a handful of tokens get full attention in both directions, so the cost stays linear in $n$ while information can still travel across the whole document. Note that Longformer's window $w$ is two-sided ($w/2$ on each side), unlike the causal windows above.",
    source: LONGFORMER,
    difficulty: "medium",
    tags: ["longformer", "concept"],
  },
  {
    key: "swa-complexity-order",
    kind: "ordering",
    topic: "sliding-window-attention",
    title: "Attention cost for one long sequence",
    prompt: "For one head in one layer and a sequence of {n} tokens, order these attention variants by the number of query–key scores they compute, fewest first. Causal windows count the token itself.",
    parameters: [{ kind: "choice", name: "n", values: [16384, 32768, 65536] }],
    items: ["Causal sliding window of 1,024 keys", "Causal sliding window of 4,096 keys", "Causal attention without a window", "Full bidirectional attention"],
    explanation:
      "A window of $w$ keys costs about $n\\cdot w$ (exactly $n\\cdot w - w(w-1)/2$), linear in $n$; causal attention costs $n(n+1)/2$ and bidirectional attention $n^2$, both quadratic. With $n = {n}$ both windows are far below the causal count.",
    source: LONGFORMER,
    difficulty: "medium",
    tags: ["complexity", "counting"],
  },
  {
    key: "swa-kv-per-token-order",
    kind: "ordering",
    topic: "sliding-window-attention",
    title: "Which model's cache grows fastest?",
    prompt:
      "Order these models by the KV cache each token adds in 16-bit precision (all layers, every position cached, no rolling buffer), smallest first. Think of layers, KV heads and head dimension, not total parameters.",
    items: ["Llama 3 8B", "Llama 3 70B", "Gemma 2 9B", "Llama 2 7B"],
    explanation:
      "Per token, $2 \\times L \\times h_{kv} \\times d_{head} \\times 2$ bytes: Llama 3 8B 32·8·128 → 128 KiB; Llama 3 70B 80·8·128 → 320 KiB; Gemma 2 9B 42·8·256 → 336 KiB; Llama 2 7B 32·32·128 → 512 KiB. Without grouped-query attention the smallest model has the biggest cache.",
    source: GQA,
    difficulty: "hard",
    tags: ["kv-cache", "gqa", "models"],
  },
];

/** Built-in templates for sliding-window attention. Content follows the project's topic facts. */
export const SLIDING_WINDOW_TEMPLATES: TemplateInput[] = [...CORE_TEMPLATES, ...SERVING_TEMPLATES, ...LAYOUT_TEMPLATES, ...KIND_TEMPLATES];
