import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtBytes } from "@/lib/compute/format";
import { invalidInput } from "@/lib/compute/input-specs";
import type { InputSpec } from "@/lib/compute/types";

const count = (label: string, unitLabel: string, min = 1): InputSpec => ({ label, unitLabel, integer: true, min });
const TOPIC = "sliding-window-attention" as const;

/** Full (bidirectional) attention: every one of n queries scores every one of n keys: n². */
export const FULL_SCORES = defineCompute({
  name: "attention.full_scores",
  title: "Attention scores, full (bidirectional)",
  topic: TOPIC,
  description: "Number of query–key scores per head per layer when every token attends to every token.",
  convention: "Counts scores for one head in one layer; n² including each token with itself.",
  inputs: { n: count("Sequence length", "tokens") },
  outputUnit: "",
  outputLabel: "scores",
  source: "Attention Is All You Need, arXiv 1706.03762 (every query scores every key)",
  run: ({ n }) => ({ value: n * n, unit: "", steps: () => [`Each of the n = ${fmt(n)} queries scores all n keys: n² = ${fmt(n)}² = ${fmt(n * n)} scores.`] }),
});

/** Causal attention: query i sees keys 0…i, so Σ(i+1) = n(n+1)/2. */
export const CAUSAL_SCORES = defineCompute({
  name: "attention.causal_scores",
  title: "Attention scores, causal",
  topic: TOPIC,
  description: "Number of query–key scores per head per layer when each token attends to itself and all earlier tokens.",
  convention: "Query i attends to keys 0…i (itself included): 1 + 2 + … + n = n(n+1)/2.",
  inputs: { n: count("Sequence length", "tokens") },
  outputUnit: "",
  outputLabel: "scores",
  source: "Attention Is All You Need, arXiv 1706.03762 (the decoder masks later positions)",
  run: ({ n }) => {
    const value = (n * (n + 1)) / 2;
    return {
      value,
      unit: "",
      steps: () => [`Query i sees keys 0…i, i.e. i + 1 keys, so the total is 1 + 2 + … + n = n(n+1)/2.`, `n(n+1)/2 = ${fmt(n)}·${fmt(n + 1)}/2 = ${fmt(value)} scores.`],
    };
  },
});

/**
 * Causal sliding window of w keys *including the token itself* (positions
 * max(0, i−w+1)…i). Exact at the sequence start: Σ min(i+1, w) = n·w − w(w−1)/2
 * for n ≥ w, and n(n+1)/2 when n < w.
 */
export const WINDOW_SCORES = defineCompute({
  name: "attention.window_scores",
  title: "Attention scores, causal sliding window",
  topic: TOPIC,
  description: "Number of query–key scores per head per layer with a causal window of w keys.",
  convention: "A window of w keys includes the token itself (positions max(0, i−w+1)…i); the first w−1 tokens see fewer keys.",
  inputs: { n: count("Sequence length", "tokens"), w: count("Window size", "keys") },
  outputUnit: "",
  outputLabel: "scores",
  source: "Mistral 7B, arXiv 2310.06825 (sliding window attention)",
  run: ({ n, w }) => {
    if (n <= w) {
      const value = (n * (n + 1)) / 2;
      return {
        value,
        unit: "",
        steps: () => [`n = ${fmt(n)} ≤ w = ${fmt(w)}: no query reaches the window's edge, so it is plain causal attention.`, `n(n+1)/2 = ${fmt(value)} scores.`],
      };
    }
    const value = n * w - (w * (w - 1)) / 2;
    return {
      value,
      unit: "",
      steps: () => [
        `Query i sees min(i + 1, w) keys: the first w − 1 queries see 1, 2, …, w − 1 keys, every later one sees w.`,
        `Σ min(i+1, w) = n·w − w(w−1)/2 = ${fmt(n)}·${fmt(w)} − ${fmt(w)}·${fmt(w - 1)}/2 = ${fmt(n * w)} − ${fmt((w * (w - 1)) / 2)} = ${fmt(value)} scores.`,
      ],
    };
  },
});

/** After L stacked window layers a token can depend on L·(w−1)+1 positions (each layer reaches w−1 further back). */
export const RECEPTIVE_FIELD = defineCompute({
  name: "attention.receptive_field",
  title: "Receptive field of stacked sliding windows",
  topic: TOPIC,
  description: "How many positions a token's output can depend on after L layers of causal windows of w keys.",
  convention: "The window includes the token itself, so each layer reaches w − 1 positions further back: L·(w−1) + 1.",
  inputs: { layers: count("Layers", "layers"), w: count("Window size", "keys") },
  outputUnit: "",
  outputLabel: "positions",
  source: "Mistral 7B, arXiv 2310.06825",
  run: ({ layers, w }) => {
    const value = layers * (w - 1) + 1;
    return {
      value,
      unit: "",
      steps: () => [
        `Each layer lets information move back w − 1 = ${fmt(w - 1)} positions.`,
        `After L = ${fmt(layers)} layers: L·(w−1) + 1 = ${fmt(layers)}·${fmt(w - 1)} + 1 = ${fmt(value)} positions (the +1 is the token itself).`,
      ],
    };
  },
});

/** Memory of the materialised n × n score matrix for one layer: n² × heads × bytes per value. */
export const MATRIX_BYTES = defineCompute({
  name: "attention.matrix_bytes",
  title: "Attention score matrix memory (one layer)",
  topic: TOPIC,
  description: "Bytes needed to materialise the full n × n score matrices of all heads of one layer.",
  convention: "Full n² scores per head, all heads of one layer, no batching; FlashAttention avoids materialising this.",
  inputs: { n: count("Sequence length", "tokens"), heads: count("Attention heads", "heads"), bytesPerValue: { label: "Bytes per value", unitLabel: "bytes", integer: false, min: 0, minExclusive: true } },
  outputUnit: "B",
  outputLabel: "memory",
  source: "FlashAttention, arXiv 2205.14135 (standard attention materialises the N × N score matrix)",
  run: ({ n, heads, bytesPerValue }) => {
    const value = n * n * heads * bytesPerValue;
    return {
      value,
      unit: "B",
      steps: () => [
        `Each head holds an n × n matrix: ${fmt(n)}² = ${fmt(n * n)} values.`,
        `× ${fmt(heads)} heads × ${fmt(bytesPerValue)} bytes = ${fmtBytes(value)}.`,
      ],
    };
  },
});

/** KV cache: 2 (K and V) × layers × KV heads × head_dim × seq_len × batch × bytes per value. */
export const KV_CACHE_BYTES = defineCompute({
  name: "attention.kv_cache_bytes",
  title: "KV cache size",
  topic: TOPIC,
  description: "Bytes of cached keys and values for a batch of sequences.",
  convention: "Counts K and V (factor 2) for every layer; under grouped-query attention use the number of KV heads, not query heads.",
  inputs: {
    layers: count("Layers", "layers"),
    kvHeads: count("KV heads", "heads"),
    headDim: count("Head dimension", "dimensions"),
    seqLen: count("Sequence length", "tokens"),
    bytesPerValue: { label: "Bytes per value", unitLabel: "bytes", integer: false, min: 0, minExclusive: true },
    batch: count("Batch size", "sequences"),
  },
  outputUnit: "B",
  outputLabel: "memory",
  source: "GQA, arXiv 2305.13245",
  run: ({ layers, kvHeads, headDim, seqLen, bytesPerValue, batch }) => {
    const perToken = 2 * layers * kvHeads * headDim * bytesPerValue;
    const value = perToken * seqLen * batch;
    return {
      value,
      unit: "B",
      steps: () => [
        `Per token: 2 (K and V) × ${fmt(layers)} layers × ${fmt(kvHeads)} KV heads × ${fmt(headDim)} dims × ${fmt(bytesPerValue)} bytes = ${fmtBytes(perToken)}.`,
        `× ${fmt(seqLen)} tokens × batch ${fmt(batch)} = ${fmtBytes(value)}.`,
      ],
    };
  },
});

/** Per-token KV cache: 2 (K and V) × layers × KV heads × head_dim × bytes per value. */
export const KV_CACHE_BYTES_PER_TOKEN = defineCompute({
  name: "attention.kv_cache_bytes_per_token",
  title: "KV cache per token",
  topic: TOPIC,
  description: "Bytes of cached keys and values added by each token of one sequence.",
  convention: "Counts K and V (factor 2) for every layer; under grouped-query attention use the number of KV heads, not query heads.",
  inputs: {
    layers: count("Layers", "layers"),
    kvHeads: count("KV heads", "heads"),
    headDim: count("Head dimension", "dimensions"),
    bytesPerValue: { label: "Bytes per value", unitLabel: "bytes", integer: false, min: 0, minExclusive: true },
  },
  outputUnit: "B",
  outputLabel: "memory per token",
  source: "GQA, arXiv 2305.13245",
  run: ({ layers, kvHeads, headDim, bytesPerValue }) => {
    const value = 2 * layers * kvHeads * headDim * bytesPerValue;
    return {
      value,
      unit: "B",
      steps: () => [`2 (K and V) × ${fmt(layers)} layers × ${fmt(kvHeads)} KV heads × ${fmt(headDim)} dims × ${fmt(bytesPerValue)} bytes = ${fmtBytes(value)} per token.`],
    };
  },
});

/** Grouped-query attention shares each KV head among heads/kvHeads query heads, shrinking the cache by that factor. */
export const GQA_CACHE_RATIO = defineCompute({
  name: "attention.gqa_cache_ratio",
  title: "KV cache saving of grouped-query attention",
  topic: TOPIC,
  description: "How many times smaller the KV cache is with grouped-query attention than with one KV head per query head.",
  convention: "query heads / KV heads; KV heads must divide the query heads (1 KV head is multi-query attention).",
  inputs: { heads: count("Query heads", "heads"), kvHeads: count("KV heads", "heads") },
  outputUnit: "",
  outputLabel: "times smaller",
  source: "GQA, arXiv 2305.13245",
  run: ({ heads, kvHeads }) => {
    if (heads % kvHeads !== 0) {
      throw invalidInput("attention.gqa_cache_ratio", "kvHeads", `(KV heads) must divide the ${heads} query heads evenly, since each KV head serves a whole group; got ${kvHeads}.`);
    }
    const value = heads / kvHeads;
    return {
      value,
      unit: "",
      steps: () => [`Each KV head serves ${fmt(heads)}/${fmt(kvHeads)} = ${fmt(value)} query heads, so the cache holds ${fmt(value)}× fewer K and V vectors than multi-head attention.`],
    };
  },
});

/** Mistral's rolling buffer keeps only W positions: position i is written to slot i mod W, overwriting position i − W. */
export const ROLLING_BUFFER_SLOT = defineCompute({
  name: "attention.rolling_buffer_slot",
  title: "Rolling buffer cache slot",
  topic: TOPIC,
  description: "Cache slot where a sliding-window model with a rolling buffer stores the keys and values of position i.",
  convention: "Positions count from 0; slot = i mod W, so the cache never holds more than W positions.",
  inputs: { i: count("Position i", "tokens", 0), w: count("Window size W", "keys") },
  outputUnit: "",
  outputLabel: "slot",
  source: "Mistral 7B, arXiv 2310.06825",
  run: ({ i, w }) => {
    const value = i % w;
    return {
      value,
      unit: "",
      steps: () => [
        `slot = i mod W = ${fmt(i)} mod ${fmt(w)} = ${fmt(value)}.`,
        i >= w ? `It overwrites position ${fmt(i - w)}, which has left the window.` : `The buffer is not full yet (i < W), so nothing is overwritten.`,
      ],
    };
  },
});

export const fullScores = FULL_SCORES.call;
export const causalScores = CAUSAL_SCORES.call;
export const windowScores = WINDOW_SCORES.call;
export const receptiveField = RECEPTIVE_FIELD.call;
export const matrixBytes = MATRIX_BYTES.call;
export const kvCacheBytes = KV_CACHE_BYTES.call;
export const kvCacheBytesPerToken = KV_CACHE_BYTES_PER_TOKEN.call;
export const gqaCacheRatio = GQA_CACHE_RATIO.call;
export const rollingBufferSlot = ROLLING_BUFFER_SLOT.call;
