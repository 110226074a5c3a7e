import type { TemplateInput } from "@/lib/questions/template-schema";
import { GEMMA2, GEMMA3, GPT3, GPT_OSS, HF_WINDOW_PR, MISTRAL, STREAMING_LLM, VASWANI, FLASH } from "./sources";

const TOPIC = "sliding-window-attention" as const;

/** Seed claims with numbers, attention sinks, local/global layer layouts and the window convention. */
export const LAYOUT_TEMPLATES: TemplateInput[] = [
  {
    key: "swa-seed-full-scores",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "Scores of full attention over a long input",
    prompt:
      "The lecture notes say that 100K tokens need $10^{10}$ attention scores. For $n = {n}$ tokens, how many query–key scores does **full (bidirectional)** attention compute per head and layer, every query scoring every key including itself?",
    parameters: [{ kind: "choice", name: "n", values: [10000, 50000, 100000, 200000] }],
    answer: { fn: "attention.full_scores", inputs: { n: "n" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "causal-instead-of-full", answer: { fn: "attention.causal_scores", inputs: { n: "n" } } },
      { misconception: "power-of-ten", scale: 10 },
    ],
    explanation:
      "Every one of the $n$ queries scores all $n$ keys: $n^2$. At $n = 100{,}000$ that is $10^{10}$, as the notes say; a causal decoder computes $n(n+1)/2 = 5{,}000{,}050{,}000 \\approx 5 \\times 10^9$. Either way the count is quadratic, per head and per layer.",
    source: VASWANI,
    difficulty: "easy",
    tags: ["counting", "complexity", "seed-claim"],
  },
  {
    key: "swa-seed-matrix-memory",
    kind: "numeric",
    topic: TOPIC,
    title: "One head's score matrix at long context",
    prompt:
      "Suppose an implementation materialised the full $n \\times n$ score matrix of **one** attention head in one layer, for $n = {n}$ tokens at {b} bytes per score. How much memory would that single matrix take, in GB ($10^9$ bytes)?",
    parameters: [
      { kind: "choice", name: "n", values: [32768, 100000, 131072] },
      { kind: "choice", name: "b", values: [2, 4] },
    ],
    answer: { fn: "attention.matrix_bytes", inputs: { n: "n", heads: 1, bytesPerValue: "b" } },
    display: { unit: "GB", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "$n^2 \\times$ bytes: at 100,000 tokens in 16-bit precision, $10^{10} \\times 2 = 20$ GB (18.6 GiB) for a single head of a single layer — more than most GPUs could hold for all heads. This is why FlashAttention computes exact attention in tiles without ever storing the matrix; windows instead reduce how many scores exist.",
    source: { ...FLASH, detail: "Standard attention materialises the N × N matrices S and P in HBM; FlashAttention does not." },
    difficulty: "medium",
    tags: ["memory", "complexity", "seed-claim"],
  },
  {
    key: "swa-sink-scores",
    kind: "numeric",
    topic: TOPIC,
    title: "Scores with a window plus attention sinks",
    prompt:
      "A StreamingLLM-style decoder keeps the first $k = {k}$ tokens as attention sinks and otherwise uses a causal sliding window of $w = {w}$ keys **including the token itself** (positions $\\max(0, i-w+1) \\dots i$). Every later query also scores the sink tokens that have left its window; no query sees a later position. How many query–key scores does one head compute over $n = {n}$ tokens?",
    parameters: [
      { kind: "choice", name: "n", values: [2048, 4096, 8192] },
      { kind: "choice", name: "w", values: [256, 512, 1020] },
      { kind: "choice", name: "k", values: [1, 4] },
    ],
    constraints: [{ left: "w", op: "<", right: "n" }],
    answer: { fn: "attention.window_sink_scores", inputs: { n: "n", w: "w", k: "k" } },
    display: { unit: "", digits: 3 },
    explanation:
      "The window alone gives $n w - w(w-1)/2$ scores. Query $i \\ge w$ also scores the $\\min(k, i-w+1)$ sinks that have left its window, so once the window has moved $k$ positions past the start each query scores $w + k$ keys. A typical StreamingLLM setup keeps 4 sinks + 1,020 recent tokens: a 1,024-entry cache.",
    source: { ...STREAMING_LLM, detail: "§3.2: keep the KV of 4 initial tokens (attention sinks) plus a rolling KV cache of recent tokens" },
    difficulty: "hard",
    tags: ["attention-sinks", "counting"],
  },
  {
    key: "swa-sinks-name",
    kind: "short_text",
    topic: TOPIC,
    title: "The tokens StreamingLLM never evicts",
    prompt:
      "Language models put a large share of attention on the first few tokens regardless of their meaning, and window attention collapses once those tokens' keys and values are evicted. StreamingLLM keeps them permanently. What does the paper call these tokens? (two words)",
    accepted: ["attention sinks", "attention sink", "sink tokens", "attention sink tokens"],
    explanation:
      "Attention sinks. Softmax must give every query a distribution summing to 1; initial tokens, visible to every later token during training, become the place to put attention that is not needed elsewhere. Keeping 4 of them plus a rolling window restores stable perplexity on very long streams.",
    source: { ...STREAMING_LLM, detail: "Abstract and §3.1: attention sink; “four initial tokens, as attention sinks, suffices to restore the LLM's performance”" },
    difficulty: "easy",
    tags: ["attention-sinks", "concept"],
  },
  {
    key: "swa-window-evicts-sinks",
    kind: "true_false",
    topic: TOPIC,
    title: "Plain window attention on a pretrained model",
    prompt:
      "True or false: if a pretrained LLM such as Llama-2 is run with plain window attention — a KV cache of only the most recent tokens — its perplexity stays stable after the text grows beyond the cache size, since each token mostly needs recent context.",
    correct: false,
    explanation:
      "False. StreamingLLM shows that window attention fails as soon as the text exceeds the cache size, i.e. once the initial tokens are evicted, because the model uses them as attention sinks. Keeping the KV of a few initial tokens (4 in the paper) alongside the window largely recovers the performance, without fine-tuning.",
    source: { ...STREAMING_LLM, detail: "Abstract: window attention “fails when the text length surpasses the cache size”" },
    difficulty: "medium",
    tags: ["attention-sinks", "misconception"],
  },
  {
    key: "swa-gemma2-cache",
    kind: "numeric",
    topic: TOPIC,
    title: "Gemma 2's KV cache with local layers",
    prompt:
      "Gemma 2 9B has 42 layers that alternate local and global attention (21 of each), 8 KV heads of dimension 256, BF16 (2 bytes per value). Each local layer keeps only the last $w = 4096$ positions (a window of 4,096 keys including the token); each global layer keeps all of them. How large is the KV cache for a batch size of {batch}, each sequence {seq} tokens long? Answer in GiB ($2^{30}$ bytes).",
    parameters: [
      { kind: "choice", name: "seq", values: [6144, 8192] },
      { kind: "choice", name: "batch", values: [1, 4, 8, 16] },
    ],
    answer: {
      fn: "attention.local_global_kv_bytes",
      inputs: { globalLayers: 21, localLayers: 21, kvHeads: 8, headDim: 256, window: 4096, seqLen: "seq", bytesPerValue: 2, batch: "batch" },
    },
    display: { unit: "GiB", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "Per layer and position: $2 \\times 8 \\times 256 \\times 2 = 8$ KiB. Global layers hold all $n$ positions, local ones $\\min(n, 4096)$. At 8,192 tokens that is $21 \\cdot 8192 + 21 \\cdot 4096$ layer-positions instead of $42 \\cdot 8192$: 25 % less than all-global. Gemma 2's context is only 8,192, so its windows save at most 25 %; Gemma 3 pushes the ratio further.",
    source: { ...GEMMA2, detail: "§2: local sliding window attention (4096) and global attention (8192) in every other layer; 9B: 42 layers, 8 KV heads, head size 256" },
    difficulty: "medium",
    tags: ["kv-cache", "local-global", "models"],
  },
  {
    key: "swa-local-global-ratio",
    kind: "numeric",
    topic: TOPIC,
    title: "Cache saving of interleaved local layers",
    prompt:
      "A model repeats a pattern of {local} local layers (sliding window of $w = {w}$ keys including the token, so at most $w$ cached positions) and 1 global layer; all layers have the same KV heads and precision. At a context of $n = {n}$ tokens, how many times smaller is its KV cache than if every layer were global?",
    parameters: [
      { kind: "choice", name: "local", values: [1, 3, 5] },
      { kind: "choice", name: "w", values: [512, 1024, 4096] },
      { kind: "choice", name: "n", values: [32768, 131072] },
    ],
    answer: { fn: "attention.local_global_cache_ratio", inputs: { globalLayers: 1, localLayers: "local", window: "w", seqLen: "n" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "All global: $(L+1) n$ layer-positions per pattern; the mix: $n + L \\min(n, w)$. The global layer dominates at long context, so the saving approaches $L + 1$ but never reaches it. Gemma 3's 5 local layers (window 1,024) per global layer give ≈ 5.8× at 128K tokens.",
    source: { ...GEMMA3, detail: "§2: 5 local layers per global layer, local span 1024 tokens" },
    difficulty: "hard",
    tags: ["kv-cache", "local-global"],
  },
  {
    key: "swa-gpt-oss-layout",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "How gpt-oss mixes window and full attention",
    prompt: "How do OpenAI's open-weight gpt-oss models arrange attention across layers?",
    choices: [
      { text: "Every other layer uses a 128-token banded (sliding) window; the layers in between attend to the full context", correct: true },
      { text: "Every layer uses a 4,096-token sliding window", correct: false, feedback: "That is Mistral 7B v0.1." },
      { text: "Five local layers with a 1,024-token window per global layer", correct: false, feedback: "That is Gemma 3." },
      { text: "Dense attention in every layer; the context is extended with a rolling buffer", correct: false, feedback: "gpt-oss does alternate windowed and dense layers; a rolling buffer is Mistral's cache for window layers." },
    ],
    explanation:
      "The reference implementation sets `sliding_window = 128` on even-numbered layers and 0 (full attention) on the others; its mask keeps keys $i-127 \\dots i$, i.e. 128 keys including the token. gpt-oss also learns a per-head sink logit in the softmax, letting a head put attention on “nothing”.",
    source: { ...GPT_OSS, detail: "AttentionBlock: self.sliding_window = config.sliding_window if layer_idx % 2 == 0 else 0; sdpa adds the learned sinks S to the softmax" },
    difficulty: "medium",
    tags: ["models", "local-global"],
  },
  {
    key: "swa-gpt3-banded",
    kind: "true_false",
    topic: TOPIC,
    title: "Local attention in GPT-3",
    prompt: "True or false: GPT-3 already mixed attention patterns, alternating dense layers with locally banded sparse attention layers, similar to the Sparse Transformer.",
    correct: true,
    explanation:
      "True. The GPT-3 paper uses the GPT-2 architecture “with the exception that we use alternating dense and locally banded sparse attention patterns in the layers of the transformer, similar to the Sparse Transformer”. Local/global mixing is older than Gemma or gpt-oss.",
    source: { ...GPT3, detail: "§2.1 Model and Architectures" },
    difficulty: "easy",
    tags: ["models", "local-global"],
  },
  {
    key: "swa-ninety-percent-claim",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "“90 % of full attention's capability”",
    prompt: "A lecture slide says: “window attention gives 90 %+ of the capability of full attention.” What is the right response?",
    choices: [
      { text: "It can't be taught as a fact: no source gives such a figure, and quality depends on the model, the task, the context length and the local/global mix", correct: true },
      { text: "It is right: the Mistral 7B paper reports 90 % of full-attention quality", correct: false, feedback: "Mistral 7B compares its model with Llama 2 on benchmarks; it gives no such percentage." },
      { text: "It is too low: window attention equals full attention once the receptive field L·(w−1)+1 covers the context", correct: false, feedback: "Stacked windows let information reach further indirectly; that is not the same as direct attention to every token." },
      { text: "It is right for any model that keeps attention sinks", correct: false, feedback: "Sinks stabilise streaming perplexity; they do not give a model access to evicted tokens." },
    ],
    explanation:
      "Unsourced percentages do not belong in a course. What can be said with sources: Mistral 7B used windows in every layer; Gemma 2/3 and gpt-oss keep some global layers; StreamingLLM keeps sinks for stable streaming. Compare concrete models on named benchmarks instead.",
    source: { ...MISTRAL, detail: "No percentage of this kind appears in the Mistral 7B paper or the other sources of this topic." },
    difficulty: "medium",
    tags: ["misconception", "seed-claim"],
  },
  {
    key: "swa-window-libraries-agree",
    kind: "true_false",
    topic: TOPIC,
    title: "Do libraries agree on what a window of W includes?",
    prompt:
      "True or false: for a model configured with `sliding_window = W`, all inference libraries let each query attend to exactly the same number of keys, so the convention (whether $W$ counts the query token) never matters in practice.",
    correct: false,
    explanation:
      "False. Mistral's paper describes position $i$ attending to $i-W \\dots i$ ($W$ keys besides the token), its rolling buffer keeps $W$ slots, and a Mistral co-author advised FlashAttention's `window_size_left = W − 1` ($W$ keys including the token). Backends have differed by exactly one key (HF issue #29623, vLLM issue #3385). This course counts $w$ keys including the token and states the convention in every item.",
    source: { ...HF_WINDOW_PR, detail: "Also: huggingface/transformers issue #29623; vllm-project/vllm issue #3385; Mistral 7B, arXiv 2310.06825, §2" },
    difficulty: "medium",
    tags: ["conventions"],
  },
];
