import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtBytes } from "@/lib/compute/format";
import { count, invalidInput, positive } from "@/lib/compute/input-specs";

const TOPIC = "sliding-window-attention" as const;

/**
 * Multi-head latent attention (DeepSeek-V2) caches, per token and layer, one compressed
 * latent c_KV of width d_c plus one decoupled RoPE key of width d_R shared by all heads.
 */
export const MLA_KV_BYTES_PER_TOKEN = defineCompute({
  name: "attention.mla_kv_bytes_per_token",
  title: "KV cache per token, multi-head latent attention",
  topic: TOPIC,
  description: "Bytes each token adds to the cache of a model with multi-head latent attention (MLA), over all layers.",
  convention:
    "Per layer MLA caches d_c latent values plus d_R values of the decoupled RoPE key (no separate K and V, no per-head copies): layers × (d_c + d_R) × bytes per value.",
  inputs: {
    layers: count("Layers", "layers"),
    latentDim: count("Latent dimension d_c", "values"),
    ropeDim: count("Decoupled RoPE key dimension d_R", "values", 0),
    bytesPerValue: positive("Bytes per value", "bytes"),
  },
  outputUnit: "B",
  outputLabel: "memory per token",
  source: "DeepSeek-V2, arXiv 2405.04434, §2.1 (Table 1: KV cache per token (d_c + d_h^R)·l elements)",
  run: ({ layers, latentDim, ropeDim, bytesPerValue }) => {
    const perLayer = latentDim + ropeDim;
    const value = layers * perLayer * bytesPerValue;
    return {
      value,
      unit: "B",
      steps: () => [
        `Per layer: d_c + d_R = ${fmt(latentDim)} + ${fmt(ropeDim)} = ${fmt(perLayer)} values (one latent and one shared RoPE key; no factor 2, no heads).`,
        `× ${fmt(layers)} layers × ${fmt(bytesPerValue)} bytes = ${fmtBytes(value)} per token.`,
      ],
    };
  },
});

/** The GQA group count with the same cache as MLA: GQA caches 2·g·d_h values per layer, MLA d_c + d_R. */
export const MLA_GQA_GROUPS = defineCompute({
  name: "attention.mla_equivalent_gqa_groups",
  title: "MLA cache as a number of GQA groups",
  topic: TOPIC,
  description: "How many grouped-query KV heads (groups) of dimension d_h would cache as many values per token as MLA's latent plus RoPE key.",
  convention: "A GQA group caches a key and a value of d_h values each (2·d_h per layer); MLA caches d_c + d_R per layer. Groups = (d_c + d_R)/(2·d_h).",
  inputs: {
    latentDim: count("Latent dimension d_c", "values"),
    ropeDim: count("Decoupled RoPE key dimension d_R", "values", 0),
    headDim: count("Head dimension d_h", "dimensions"),
  },
  outputUnit: "",
  outputLabel: "GQA groups",
  source: "DeepSeek-V2, arXiv 2405.04434, §2.1.4 (d_c = 4d_h, d_h^R = d_h/2: equal to GQA with only 2.25 groups)",
  run: ({ latentDim, ropeDim, headDim }) => {
    const value = (latentDim + ropeDim) / (2 * headDim);
    return {
      value,
      unit: "",
      steps: () => [
        `MLA caches d_c + d_R = ${fmt(latentDim)} + ${fmt(ropeDim)} = ${fmt(latentDim + ropeDim)} values per token and layer.`,
        `One GQA group caches K and V: 2·d_h = ${fmt(2 * headDim)} values. ${fmt(latentDim + ropeDim)}/${fmt(2 * headDim)} = ${fmt(value)} groups.`,
      ],
    };
  },
});

/**
 * A layer mix where local (sliding-window) layers keep at most w positions (a rolling buffer)
 * and global layers keep all n: cache bytes = 2·h_kv·d_h·bytes·batch·(G·n + L·min(n, w)).
 */
export const LOCAL_GLOBAL_KV_BYTES = defineCompute({
  name: "attention.local_global_kv_bytes",
  title: "KV cache of a local/global layer mix",
  topic: TOPIC,
  description: "Bytes of cached keys and values when some layers use a sliding window (keeping at most w positions) and the others attend globally.",
  convention:
    "A local layer's window of w keys includes the token itself, so it keeps the last min(n, w) positions; a global layer keeps all n. K and V counted (factor 2), KV heads not query heads.",
  inputs: {
    globalLayers: count("Global layers", "layers", 0),
    localLayers: count("Local (sliding-window) layers", "layers", 0),
    kvHeads: count("KV heads", "heads"),
    headDim: count("Head dimension", "dimensions"),
    window: count("Window size w", "keys"),
    seqLen: count("Sequence length", "tokens"),
    bytesPerValue: positive("Bytes per value", "bytes"),
    batch: count("Batch size", "sequences"),
  },
  outputUnit: "B",
  outputLabel: "memory",
  source: "Gemma 2, arXiv 2408.00118 and Gemma 3, arXiv 2503.19786 (interleaved local/global layers); Mistral 7B, arXiv 2310.06825 (rolling buffer)",
  run: ({ globalLayers, localLayers, kvHeads, headDim, window, seqLen, bytesPerValue, batch }) => {
    if (globalLayers + localLayers === 0) throw invalidInput("attention.local_global_kv_bytes", "localLayers", "and globalLayers are both 0: the model needs at least one layer.");
    const kept = Math.min(seqLen, window);
    const positions = globalLayers * seqLen + localLayers * kept;
    const perPosition = 2 * kvHeads * headDim * bytesPerValue;
    const value = positions * perPosition * batch;
    return {
      value,
      unit: "B",
      steps: () => [
        `Global layers keep all n = ${fmt(seqLen)} positions; local layers keep min(n, w) = ${fmt(kept)}.`,
        `Layer-positions: ${fmt(globalLayers)}·${fmt(seqLen)} + ${fmt(localLayers)}·${fmt(kept)} = ${fmt(positions)}.`,
        `Per layer-position: 2 (K and V) × ${fmt(kvHeads)} KV heads × ${fmt(headDim)} dims × ${fmt(bytesPerValue)} bytes = ${fmt(perPosition)} B.`,
        `× ${fmt(positions)} × batch ${fmt(batch)} = ${fmtBytes(value)}.`,
      ],
    };
  },
});

/** How many times smaller the local/global mix's cache is than the same layers all global. */
export const LOCAL_GLOBAL_CACHE_RATIO = defineCompute({
  name: "attention.local_global_cache_ratio",
  title: "KV cache saving of local layers",
  topic: TOPIC,
  description: "How many times smaller the KV cache is when some layers use a sliding window of w keys instead of attending to all n positions.",
  convention:
    "(G + L)·n ÷ (G·n + L·min(n, w)); the window's w keys include the token, so a local layer keeps at most w positions. Same heads and precision in every layer.",
  inputs: {
    globalLayers: count("Global layers", "layers", 0),
    localLayers: count("Local (sliding-window) layers", "layers", 0),
    window: count("Window size w", "keys"),
    seqLen: count("Sequence length", "tokens"),
  },
  outputUnit: "",
  outputLabel: "times smaller",
  source: "Mistral 7B, arXiv 2310.06825 (rolling buffer: 8× less cache at 32K tokens); Gemma 3, arXiv 2503.19786 (5 local layers per global)",
  run: ({ globalLayers, localLayers, window, seqLen }) => {
    if (globalLayers + localLayers === 0) throw invalidInput("attention.local_global_cache_ratio", "localLayers", "and globalLayers are both 0: the model needs at least one layer.");
    const kept = Math.min(seqLen, window);
    const dense = (globalLayers + localLayers) * seqLen;
    const mixed = globalLayers * seqLen + localLayers * kept;
    const value = dense / mixed;
    return {
      value,
      unit: "",
      steps: () => [
        `All global: (${fmt(globalLayers)} + ${fmt(localLayers)}) layers × ${fmt(seqLen)} positions = ${fmt(dense)} layer-positions.`,
        `Mix: ${fmt(globalLayers)}·${fmt(seqLen)} + ${fmt(localLayers)}·min(${fmt(seqLen)}, ${fmt(window)}) = ${fmt(mixed)}.`,
        `${fmt(dense)}/${fmt(mixed)} = ${fmt(value)}× smaller.`,
      ],
    };
  },
});

/** PagedAttention stores each sequence's KV cache in fixed blocks of B tokens: ceil(tokens / B) blocks. */
export const PAGED_KV_BLOCKS = defineCompute({
  name: "attention.paged_kv_blocks",
  title: "KV blocks of a paged cache",
  topic: TOPIC,
  description: "How many fixed-size KV blocks PagedAttention allocates for one sequence.",
  convention: "Blocks are allocated on demand, one per block_size tokens; only the last block can be partly empty: ceil(tokens / block_size). No sharing between sequences.",
  inputs: { tokens: count("Tokens in the sequence", "tokens"), blockSize: count("Block size", "tokens per block") },
  outputUnit: "",
  outputLabel: "blocks",
  source: "vLLM (PagedAttention), arXiv 2309.06180, §4.1 and §7.2 (default block size 16)",
  run: ({ tokens, blockSize }) => {
    const value = Math.ceil(tokens / blockSize);
    const empty = value * blockSize - tokens;
    return {
      value,
      unit: "",
      steps: () => [
        `ceil(${fmt(tokens)} / ${fmt(blockSize)}) = ${fmt(value)} blocks.`,
        empty === 0 ? `The last block is exactly full: no slot is wasted.` : `The last block holds ${fmt(blockSize - empty)} of ${fmt(blockSize)} tokens: ${fmt(empty)} empty slots, the only waste.`,
      ],
    };
  },
});

/** Unused token slots: a paged cache wastes only its last block's tail; a contiguous one reserves up to the maximum length. */
export const PAGED_KV_WASTE = defineCompute({
  name: "attention.paged_kv_waste_fraction",
  title: "Wasted KV slots: paged vs reserved",
  topic: TOPIC,
  description: "Fraction of the allocated token slots that hold no token, for a paged cache (blocks of B tokens) of one sequence.",
  convention: "Wasted fraction = (blocks·B − tokens)/(blocks·B) with blocks = ceil(tokens/B); a contiguous reservation of maxLen slots is the case B = maxLen.",
  inputs: { tokens: count("Tokens in the sequence", "tokens"), blockSize: count("Block size (or reserved length)", "tokens per block") },
  outputUnit: "",
  outputLabel: "fraction wasted",
  source: "vLLM (PagedAttention), arXiv 2309.06180, §3 and §4.1",
  run: ({ tokens, blockSize }) => {
    const blocks = Math.ceil(tokens / blockSize);
    const slots = blocks * blockSize;
    const value = (slots - tokens) / slots;
    return {
      value,
      unit: "",
      steps: () => [
        `${fmt(blocks)} block(s) of ${fmt(blockSize)} = ${fmt(slots)} slots for ${fmt(tokens)} tokens.`,
        `Wasted: (${fmt(slots)} − ${fmt(tokens)})/${fmt(slots)} = ${fmt(value)} = ${fmt(Number((value * 100).toPrecision(4)))} %.`,
      ],
    };
  },
});

export const mlaKvBytesPerToken = MLA_KV_BYTES_PER_TOKEN.call;
export const mlaEquivalentGqaGroups = MLA_GQA_GROUPS.call;
export const localGlobalKvBytes = LOCAL_GLOBAL_KV_BYTES.call;
export const localGlobalCacheRatio = LOCAL_GLOBAL_CACHE_RATIO.call;
export const pagedKvBlocks = PAGED_KV_BLOCKS.call;
export const pagedKvWasteFraction = PAGED_KV_WASTE.call;
