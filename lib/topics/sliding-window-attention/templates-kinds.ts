import type { TemplateInput } from "@/lib/questions/template-schema";
import { GQA, LLAMA3, MISTRAL } from "./sources";

const TOPIC = "sliding-window-attention" as const;

/** Templates of the matching, multiple-answer and unit-required numeric kinds. */
export const KIND_TEMPLATES: TemplateInput[] = [
  {
    key: "swa-match-attention-layouts",
    kind: "matching",
    topic: TOPIC,
    title: "Match each model to its attention layout",
    prompt:
      "Open-weight models mix sliding-window (local) and full (global) attention in different ways. Match each model to the attention layout it uses. (Window sizes are in tokens; one option fits none of the models.)",
    pairs: [
      { prompt: "Mistral 7B (v0.1)", answer: "Sliding window of 4,096 in every layer" },
      { prompt: "Gemma 2", answer: "Local (window 4,096) and global layers alternating 1:1" },
      { prompt: "Gemma 3", answer: "5 local layers (window 1,024) per global layer" },
      { prompt: "Llama 3.1", answer: "Dense full attention with GQA in every layer, up to 131,072 tokens" },
      { prompt: "gpt-oss", answer: "Sliding (window 128) and full layers alternating" },
    ],
    distractors: ["Two-sided window with dilated windows and global tokens (Longformer style)"],
    explanation:
      "Mistral 7B v0.1 uses a 4,096-token sliding window in all 32 layers (v0.2 dropped it). Gemma 2 alternates 4,096-token local layers with global ones; Gemma 3 puts 5 local layers (window 1,024) before each global one, which shrinks the KV cache. gpt-oss alternates 128-token sliding layers with full ones. Llama 3.1 uses no window at all: dense attention with grouped-query attention reaches 131,072 tokens — long context does not require window attention. The Longformer layout (two-sided window plus global tokens) belongs to an encoder from 2020, not to any of these models.",
    source: { ...MISTRAL, detail: "Section 2 (W = 4096); Gemma 2 (arXiv 2408.00118), Gemma 3 (arXiv 2503.19786), Llama 3 (arXiv 2407.21783) and the gpt-oss reference code for the other layouts." },
    difficulty: "medium",
    tags: ["models", "local-global", "layouts"],
  },
  {
    key: "swa-true-statements-long-context",
    kind: "multiple_answer",
    topic: TOPIC,
    title: "Long context and windows: which statements hold?",
    prompt:
      "Tick **all** statements that are true. Convention: a causal window of size $w$ means each query attends to at most $w$ keys, **including itself**.",
    choices: [
      { text: "Llama 3.1 reaches 131,072 tokens of context with dense full attention and no sliding window.", correct: true },
      { text: "After $L$ stacked window layers, a token can depend on up to $L\\cdot(w-1)+1$ positions.", correct: true },
      { text: "Mistral 7B's rolling buffer cache keeps only $W$ positions per layer, so its KV cache stops growing once a sequence passes $W$ tokens.", correct: true },
      {
        text: "Models without window attention are limited to about 4K–8K tokens of context.",
        correct: false,
        feedback: "False: Llama 3.1 runs full attention to 131,072 tokens. Context length comes from training length, position encoding and KV-cache memory, not from windows.",
      },
      {
        text: "FlashAttention speeds attention up by approximating it: each query only looks at nearby keys.",
        correct: false,
        feedback: "False: FlashAttention computes exact attention; it just never materialises the full score matrix. Restricting keys to a neighbourhood is what a sliding window does.",
      },
      {
        text: "Under grouped-query attention the KV cache grows with the number of query heads.",
        correct: false,
        feedback: "False: only the KV heads are cached. With 64 query heads sharing 8 KV heads (Llama 3 70B), the cache is 8× smaller than with 64 KV heads.",
      },
    ],
    explanation:
      "Each window layer lets information move back $w-1$ positions, so $L$ layers reach $L(w-1)+1$ positions (Mistral quotes ≈ 131K for 32 layers × 4,096). Its rolling buffer stores position $i$ in slot $i \\bmod W$, capping the cache. But windows are not the only road to long context: Llama 3.1 uses dense attention with GQA, where the cache size depends on the KV heads, up to 131,072 tokens. FlashAttention is exact — it changes how attention is computed, not what.",
    source: { ...LLAMA3, detail: "Dense attention with GQA to 128K tokens; Mistral 7B (arXiv 2310.06825) Section 2 for the receptive field and rolling buffer; FlashAttention (arXiv 2205.14135); GQA (arXiv 2305.13245)." },
    difficulty: "medium",
    tags: ["long-context", "kv-cache", "misconception"],
  },
  {
    key: "swa-kv-cache-precision-unit",
    kind: "numeric",
    topic: TOPIC,
    title: "KV cache at BF16 or FP8, unit required",
    prompt:
      "{model} uses dense attention in all {model.layers} layers, with {model.kvHeads} KV heads of dimension {model.headDim} (grouped-query attention). Its KV cache stores K and V as {bytes}-byte values (2 = BF16, 1 = FP8). How large is the cache for a batch of {batch} sequences of {seq} tokens each? **Write the unit** (answer in GiB, $2^{30}$ bytes); a number without a unit loses a quarter of the marks.",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b"] },
      { kind: "choice", name: "bytes", values: [2, 1] },
      { kind: "choice", name: "seq", values: [2048, 4096, 8192] },
      { kind: "choice", name: "batch", values: [1, 8, 32] },
    ],
    answer: { fn: "attention.kv_cache_bytes", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", seqLen: "seq", bytesPerValue: "bytes", batch: "batch" } },
    display: { unit: "GiB", digits: 3 },
    tolerance: { relative: 0.01 },
    unitPenalty: 0.25,
    explanation:
      "KV cache $= 2 \\times \\text{layers} \\times \\text{KV heads} \\times \\text{head dim} \\times \\text{tokens} \\times \\text{batch} \\times \\text{bytes per value}$. The count uses the 8 KV heads, not the query heads. Per token in BF16 that is 128 KiB for Llama 3 8B and 320 KiB for Llama 3 70B; FP8 halves it, which is why serving engines offer an FP8 cache. A sliding window with a rolling buffer would instead cap the tokens term at the window size.",
    source: { ...GQA, detail: "KV heads under grouped-query attention; the configurations are Llama 3's (arXiv 2407.21783), the FP8 cache option vLLM's." },
    difficulty: "medium",
    tags: ["kv-cache", "memory", "units", "fp8"],
  },
];
