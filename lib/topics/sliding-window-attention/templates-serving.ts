import type { TemplateInput } from "@/lib/questions/template-schema";
import { DEEPSEEK_V2, GQA, H100, KAPLAN, VLLM, VLLM_BLOG, VLLM_KV_QUANT } from "./sources";

const TOPIC = "sliding-window-attention" as const;
// Llama 3 70B: 70.55 B parameters; KV cache 2·80·8·128·2 B = 320 KiB per token (its config: 80 layers, 8 KV heads, head_dim 128).
const LLAMA3_70B_PARAMS = 70.55e9;
const LLAMA3_70B_KV = 327_680;
// Llama 3 8B: 8.03 B parameters; 2·32·8·128·2 B = 128 KiB per token (config).
const LLAMA3_8B_PARAMS = 8.03e9;
const LLAMA3_8B_KV = 131_072;

/** Serving: prefill vs decode, the memory-bandwidth bound, paged and quantized KV caches, MLA. */
export const SERVING_TEMPLATES: TemplateInput[] = [
  {
    key: "swa-forward-flops",
    kind: "numeric",
    topic: TOPIC,
    title: "FLOPs of one forward pass per token",
    prompt:
      "{model} has {model.params} parameters. Using the standard estimate of 2 FLOPs (one multiply, one add) per parameter per token, and leaving out attention's context-dependent term, how many FLOPs does its forward pass cost **per token**? Answer in billions of FLOPs (GFLOP).",
    parameters: [{ kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"] }],
    answer: { fn: "attention.forward_flops", inputs: { params: "model.params", tokens: 1 } },
    display: { unit: "billion", digits: 4 },
    tolerance: { relative: 0.01 },
    explanation:
      "Each weight takes part in one multiply-accumulate per token, so $C_{forward} \\approx 2N$ (Kaplan et al. add $2 n_{layer} n_{ctx} d_{attn}$ for attention, small unless the context is very long). Llama 3 70B: about 141 GFLOP per token. Training costs about three times that (forward + backward ≈ $6N$).",
    source: { ...KAPLAN, detail: "§2.1, Table 1: C_forward ≈ 2N + 2·n_layer·n_ctx·d_attn" },
    difficulty: "easy",
    tags: ["inference", "flops"],
  },
  {
    key: "swa-decode-bandwidth-bound",
    kind: "numeric",
    topic: TOPIC,
    title: "Decoding speed set by memory bandwidth",
    prompt:
      "{model} ({model.params} parameters) is served in BF16 (2 bytes per weight) on one GPU with {bw} GB/s of memory bandwidth (1 GB = $10^9$ bytes). At batch size 1, every generated token requires reading every weight once. Ignoring the KV cache and all compute time, what is the upper bound on generated tokens per second?",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "mistral-7b", "gemma-2-9b"] },
      { kind: "choice", name: "bw", values: [2000, 3350] },
    ],
    answer: { fn: "attention.decode_tokens_per_second_bound", inputs: { params: "model.params", bytesPerParam: 2, kvBytesPerToken: 0, context: 0, batch: 1, bandwidth: "bw" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.02 },
    explanation:
      "Decoding one token at batch 1 does only ≈ 2 FLOPs per weight but must stream all weight bytes from memory, so the time per token is at least bytes ÷ bandwidth. Llama 3 70B in BF16 is 141.1 GB; at 3,350 GB/s (H100 SXM) that is ≤ ≈ 24 tokens/s, whatever the GPU's FLOPs. The KV cache only adds bytes, lowering the bound further.",
    source: { ...H100, detail: "H100 SXM memory bandwidth 3,350 GB/s; H100 PCIe 2,000 GB/s" },
    difficulty: "medium",
    tags: ["inference", "memory-bound", "decode"],
  },
  {
    key: "swa-decode-batch-throughput",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "Batching and the KV cache in the decoding bound",
    prompt:
      "Llama 3 70B (70.55 B parameters, BF16 weights; KV cache 320 KiB = 327,680 bytes per token) decodes with a batch size of {batch}, each sequence having {ctx} tokens already cached, on a GPU with 3,350 GB/s of memory bandwidth. Each step reads every weight once (shared by the batch) plus every sequence's whole KV cache, and yields one token per sequence. Ignoring compute, what is the upper bound on generated tokens per second, summed over the batch?",
    parameters: [
      { kind: "choice", name: "batch", values: [8, 16, 32, 64] },
      { kind: "choice", name: "ctx", values: [2048, 8192, 32768] },
    ],
    answer: {
      fn: "attention.decode_tokens_per_second_bound",
      inputs: { params: LLAMA3_70B_PARAMS, bytesPerParam: 2, kvBytesPerToken: LLAMA3_70B_KV, context: "ctx", batch: "batch", bandwidth: 3350 },
    },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "forgot-batch", answer: { fn: "attention.decode_tokens_per_second_bound", inputs: { params: LLAMA3_70B_PARAMS, bytesPerParam: 2, kvBytesPerToken: LLAMA3_70B_KV, context: "ctx", batch: 1, bandwidth: 3350 } } },
      { misconception: "kv-cache-ignored", answer: { fn: "attention.decode_tokens_per_second_bound", inputs: { params: LLAMA3_70B_PARAMS, bytesPerParam: 2, kvBytesPerToken: LLAMA3_70B_KV, context: 0, batch: "batch", bandwidth: 3350 } } },
    ],
    explanation:
      "Tokens/s ≤ batch × bandwidth ÷ (weight bytes + batch × context × KV bytes per token). Batching reuses the 141.1 GB weight read for every sequence, which is why servers batch; but each sequence's cache is its own, so at long contexts the KV reads dominate and the gain from batching fades. This is why GQA, window layers, MLA and FP8 caches matter for throughput, not only for capacity.",
    source: { ...H100, detail: "H100 SXM: 3,350 GB/s. Bound derived from bytes read per decoding step." },
    difficulty: "hard",
    tags: ["inference", "memory-bound", "decode", "kv-cache"],
  },
  {
    key: "swa-decode-intensity",
    kind: "numeric",
    topic: TOPIC,
    title: "Arithmetic intensity of decoding",
    prompt:
      "Llama 3 8B (8.03 B parameters, BF16; KV cache 128 KiB = 131,072 bytes per token) decodes with a batch size of {batch}, each sequence having {ctx} tokens cached. One step costs ≈ 2 FLOPs per parameter per sequence and reads every weight once plus every sequence's KV cache. How many FLOPs does it perform per byte read from memory?",
    parameters: [
      { kind: "choice", name: "batch", values: [1, 16, 64] },
      { kind: "choice", name: "ctx", values: [1024, 8192, 32768] },
    ],
    answer: { fn: "attention.decode_arithmetic_intensity", inputs: { params: LLAMA3_8B_PARAMS, bytesPerParam: 2, kvBytesPerToken: LLAMA3_8B_KV, context: "ctx", batch: "batch" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.02 },
    explanation:
      "At batch 1, BF16 decoding does 2N FLOPs over about 2N bytes: ≈ 1 FLOP per byte. An H100 SXM can do about 989 TFLOPS of dense BF16 matrix math against 3.35 TB/s of bandwidth, ≈ 295 FLOPs per byte, so decoding leaves the arithmetic units mostly idle: it is memory-bound. Batching raises the ratio, but the per-sequence KV cache pulls it back down at long contexts.",
    source: { ...H100, detail: "BF16 Tensor Core 1,979 TFLOPS with sparsity (half without); 3.35 TB/s. FLOPs per token ≈ 2N (arXiv 2001.08361, §2.1)." },
    difficulty: "hard",
    tags: ["inference", "memory-bound", "arithmetic-intensity"],
  },
  {
    key: "swa-prefill-vs-decode",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "Prefill versus decode",
    prompt: "Which statement about serving a decoder-only LLM is right?",
    choices: [
      {
        text: "Prefill runs all prompt tokens through the model in parallel and is usually compute-bound; decode produces one token per step, re-reading the weights and the KV cache, and is usually memory-bandwidth-bound",
        correct: true,
      },
      { text: "Prefill is memory-bound and decode is compute-bound, because decode does more FLOPs per token", correct: false, feedback: "Per token both cost ≈ 2N FLOPs; decode is slow because it reads all weights for very few FLOPs." },
      { text: "Decode processes the generated tokens in parallel, like prefill, once the KV cache is filled", correct: false, feedback: "Each new token depends on the previous one, so decode is sequential; only the batch dimension is parallel." },
      { text: "Once the KV cache is filled, decode no longer needs to read the model weights at each step", correct: false, feedback: "The cache saves recomputing past keys and values; every step still multiplies the new token by every weight, so all weights are read again." },
    ],
    explanation:
      "Prefill multiplies the weights by a matrix of thousands of prompt tokens (many FLOPs per byte read), decode by a single vector per sequence (≈ 1 FLOP per byte at batch 1 in BF16). Servers therefore batch decode steps and keep the cache small.",
    source: { ...KAPLAN, detail: "§2.1: forward pass ≈ 2N FLOPs per token" },
    difficulty: "medium",
    tags: ["inference", "prefill", "decode"],
  },
  {
    key: "swa-intensity-order",
    kind: "ordering",
    topic: TOPIC,
    title: "Which phase keeps the GPU's arithmetic busiest?",
    prompt:
      "For a 70B-parameter model in BF16, order these passes by arithmetic intensity (FLOPs per byte read from memory), lowest first. Ignore the KV cache.",
    items: ["Decoding one token for a single sequence", "Decoding one token for each of 32 sequences", "Prefilling a 4,096-token prompt"],
    explanation:
      "Every pass reads the weights once (≈ 141 GB). Decoding at batch 1 does ≈ 2N FLOPs with them (≈ 1 FLOP/byte), a batch of 32 does 32 times more (≈ 32), and a 4,096-token prefill ≈ 4,096 times more, far above the ≈ 295 FLOPs/byte an H100 needs to be compute-bound.",
    source: H100,
    difficulty: "hard",
    tags: ["inference", "arithmetic-intensity"],
  },
  {
    key: "swa-paged-blocks",
    kind: "numeric",
    topic: TOPIC,
    title: "Blocks of a paged KV cache",
    prompt:
      "vLLM's PagedAttention stores a sequence's keys and values in fixed-size blocks of $B = {b}$ tokens (16 by default), allocated on demand. How many blocks does one sequence of {t} tokens occupy (no sharing with other sequences)?",
    parameters: [
      { kind: "int", name: "t", min: 100, max: 5000, step: 1 },
      { kind: "choice", name: "b", values: [16, 32] },
    ],
    answer: { fn: "attention.paged_kv_blocks", inputs: { tokens: "t", blockSize: "b" } },
    display: { unit: "", digits: 3 },
    explanation:
      "$\\lceil t/B \\rceil$ blocks: all are full except possibly the last, so at most $B-1$ slots per sequence are wasted. The blocks need not be contiguous; a block table maps the sequence's logical blocks to physical ones, like pages of virtual memory.",
    source: { ...VLLM, detail: "§4.1 PagedAttention; §7.2: block size 16 is the default" },
    difficulty: "easy",
    tags: ["kv-cache", "paged-attention"],
  },
  {
    key: "swa-reserved-waste",
    kind: "numeric",
    topic: TOPIC,
    title: "Waste of reserving the maximum length",
    prompt:
      "A serving system without paging reserves one contiguous KV region of {max} token slots per request, because it cannot know the output length in advance. A request ends after {t} tokens. What fraction of its reserved slots was never used? Answer in percent.",
    parameters: [
      { kind: "choice", name: "t", values: [200, 500, 1000, 1500] },
      { kind: "choice", name: "max", values: [2048, 4096] },
    ],
    answer: { fn: "attention.paged_kv_waste_fraction", inputs: { tokens: "t", blockSize: "max" } },
    display: { unit: "%", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "Reserved − used over reserved: $(\\text{max} - t)/\\text{max}$. The vLLM paper measured that in existing systems only 20.4 %–38.2 % of KV-cache memory held actual token states; with 16-token blocks only the last block of a sequence can be partly empty (the vLLM blog: under 4 % waste).",
    source: { ...VLLM, detail: "§1 and Fig. 2: only 20.4%–38.2% of KV cache memory stores actual token states in existing systems" },
    difficulty: "medium",
    tags: ["kv-cache", "paged-attention", "memory"],
  },
  {
    key: "swa-paged-figures",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "What PagedAttention fixed",
    prompt: "What did the vLLM authors measure about KV-cache memory in earlier serving systems (such as Orca and FasterTransformer), and what does paging change?",
    choices: [
      { text: "Only about 20–38 % of the KV-cache memory held actual tokens; with fixed blocks, only each sequence's last block can be partly empty", correct: true },
      { text: "About 20–38 % of the memory was wasted; paging removes the waste by compressing keys and values", correct: false, feedback: "Reversed: 20.4–38.2 % was the share *used*. Paging compresses nothing; it allocates small blocks on demand." },
      { text: "Paging makes attention approximate, trading accuracy for memory", correct: false, feedback: "PagedAttention computes the same attention; only the memory layout changes." },
      { text: "The waste came from the model weights, not the KV cache", correct: false, feedback: "The paper is about the KV cache: reservation for the maximum length and fragmentation." },
    ],
    explanation:
      "Contiguous reservation for the maximum length causes internal fragmentation (unused reserved slots) and external fragmentation. The paper's profiling found 20.4 %–38.2 % of KV memory in use; the vLLM blog puts it as 60–80 % wasted before and under 4 % with PagedAttention, which lets more sequences share a batch.",
    source: { ...VLLM_BLOG, detail: "“existing systems waste 60% – 80% of memory”; “memory waste only happens in the last block of a sequence … under 4%”" },
    difficulty: "medium",
    tags: ["kv-cache", "paged-attention"],
  },
  {
    key: "swa-mla-kv-per-token",
    kind: "numeric",
    topic: TOPIC,
    title: "KV cache per token with multi-head latent attention",
    prompt:
      "Multi-head latent attention (MLA), as in DeepSeek-V2, caches per token and layer one compressed latent of $d_c = 512$ values plus one decoupled RoPE key of $d_h^R = 64$ values shared by all heads. A model with {layers} MLA layers caches in BF16 (2 bytes per value). How many KiB ($2^{10}$ bytes) does each token add to the cache?",
    parameters: [{ kind: "choice", name: "layers", values: [24, 32, 48, 60] }],
    answer: { fn: "attention.mla_kv_bytes_per_token", inputs: { layers: "layers", latentDim: 512, ropeDim: 64, bytesPerValue: 2 } },
    display: { unit: "KiB", digits: 4 },
    explanation:
      "MLA caches $(d_c + d_h^R) = 576$ values per layer — no factor 2 for K and V (both are re-projected from the latent) and no per-head copies. With 60 layers in BF16 that is 67.5 KiB per token, against 320 KiB for Llama 3 70B's GQA cache (80 layers).",
    source: { ...DEEPSEEK_V2, detail: "§2.1.4, Table 1: MLA caches (d_c + d_h^R)·l elements per token; d_c = 512, d_h^R = 64" },
    difficulty: "medium",
    tags: ["kv-cache", "mla"],
  },
  {
    key: "swa-mla-gqa-groups",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "MLA's cache in GQA groups",
    prompt:
      "An MLA layer caches a latent of $d_c = {dc}$ values plus a decoupled RoPE key of $d_h^R = {dr}$ values per token. A grouped-query attention layer with head dimension $d_h = {dh}$ caches a key and a value per group. With how many GQA groups would the cache per token be the same size?",
    parameters: [
      { kind: "choice", name: "dc", values: [256, 512] },
      { kind: "choice", name: "dr", values: [32, 64] },
      { kind: "choice", name: "dh", values: [64, 128] },
    ],
    answer: { fn: "attention.mla_equivalent_gqa_groups", inputs: { latentDim: "dc", ropeDim: "dr", headDim: "dh" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "forgot-kv-factor", scale: 2 },
      { misconception: "mla-forgot-rope-key", answer: { fn: "attention.mla_equivalent_gqa_groups", inputs: { latentDim: "dc", ropeDim: 0, headDim: "dh" } } },
    ],
    explanation:
      "A GQA group caches $2 d_h$ values (K and V); MLA caches $d_c + d_h^R$. DeepSeek-V2 sets $d_c = 4 d_h = 512$ and $d_h^R = d_h/2 = 64$ with $d_h = 128$: $576/256 = 2.25$ groups — the paper's “equal to GQA with only 2.25 groups”, while it reports stronger performance than MHA.",
    source: { ...DEEPSEEK_V2, detail: "§2.1.4: “MLA requires an amount of KV cache equal to GQA with only 2.25 groups”" },
    difficulty: "hard",
    tags: ["kv-cache", "mla", "gqa"],
  },
  {
    key: "swa-kv-cache-fp8",
    kind: "multiple_choice",
    topic: TOPIC,
    title: "An FP8 KV cache",
    prompt:
      "{model} has {model.layers} layers and {model.kvHeads} KV heads of dimension {model.headDim}. A server stores its KV cache in FP8 (1 byte per value, e.g. vLLM's `kv_cache_dtype=\"fp8\"`; per-tensor scales ignored) and keeps every position. How large is the cache for a batch size of {batch}, each sequence {seq} tokens long? Sizes are in GiB ($2^{30}$ bytes).",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3.1-70b"] },
      { kind: "choice", name: "seq", values: [8192, 32768] },
      { kind: "choice", name: "batch", values: [4, 8, 16] },
    ],
    answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 1, batch: "batch" } },
    display: { unit: "GiB", digits: 3 },
    distractors: [
      { misconception: "kv-precision-ignored", scale: 2 },
      { misconception: "forgot-kv-factor", scale: 0.5 },
      { misconception: "forgot-batch", answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: 1, batch: 1 } } },
    ],
    explanation:
      "Same formula as the BF16 cache with 1 byte per value instead of 2: exactly half, so twice the tokens fit in the same memory (vLLM's docs: FP8 allows approximately double the space for KV cache). The cost is quantization error in keys and values, which calibrated scales reduce.",
    source: { ...VLLM_KV_QUANT },
    difficulty: "medium",
    tags: ["kv-cache", "quantization", "memory"],
  },
  {
    key: "swa-attention-variants-cache-order",
    kind: "ordering",
    topic: TOPIC,
    title: "Cache per token: MHA, GQA, MQA, MLA",
    prompt:
      "Order these attention designs by the values each token adds to the cache **per layer**, smallest first. Heads have dimension 128 where they apply: MHA with 32 KV heads; GQA with 8 KV heads; MQA with 1 KV head; MLA with a 512-value latent plus a 64-value RoPE key (DeepSeek-V2).",
    items: ["MQA (1 KV head)", "MLA (512 + 64)", "GQA (8 KV heads)", "MHA (32 KV heads)"],
    explanation:
      "K and V per KV head: MQA $2 \\cdot 128 = 256$; MLA $512 + 64 = 576$ (no K/V pair, no heads); GQA-8 $2 \\cdot 8 \\cdot 128 = 2{,}048$; MHA-32 $8{,}192$. MLA sits between MQA and small GQA — “GQA with 2.25 groups” in DeepSeek-V2's words.",
    source: { ...GQA, detail: "MQA = 1 KV head; GQA = groups of query heads sharing a KV head. MLA figures: DeepSeek-V2, arXiv 2405.04434, §2.1.4." },
    difficulty: "hard",
    tags: ["kv-cache", "gqa", "mla"],
  },
];
