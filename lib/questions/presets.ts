/**
 * Real model configurations for template parameters ("preset" parameters).
 * Values come from each model's published config.json / paper; `source` says which.
 * Parameter counts are totals as published (embeddings included).
 */
export type ModelPreset = {
  id: string;
  label: string;
  values: {
    layers: number;
    heads: number;
    kvHeads: number;
    headDim: number;
    hidden: number;
    /** Feed-forward inner width. */
    ffn: number;
    vocab: number;
    params: number;
    /** Trained/advertised context length, tokens. */
    context: number;
    /** Sliding-window size where the model uses one (0 = dense attention everywhere). */
    window: number;
    ropeBase: number;
  };
  source: string;
};

export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    id: "llama-3-8b",
    label: "Llama 3 8B",
    values: { layers: 32, heads: 32, kvHeads: 8, headDim: 128, hidden: 4096, ffn: 14336, vocab: 128256, params: 8.03e9, context: 8192, window: 0, ropeBase: 500000 },
    source: "meta-llama/Meta-Llama-3-8B config.json; Llama 3 paper, arXiv 2407.21783",
  },
  {
    id: "llama-3-70b",
    label: "Llama 3 70B",
    values: { layers: 80, heads: 64, kvHeads: 8, headDim: 128, hidden: 8192, ffn: 28672, vocab: 128256, params: 70.55e9, context: 8192, window: 0, ropeBase: 500000 },
    source: "meta-llama/Meta-Llama-3-70B config.json; Llama 3 paper, arXiv 2407.21783",
  },
  {
    id: "llama-3.1-70b",
    label: "Llama 3.1 70B",
    values: { layers: 80, heads: 64, kvHeads: 8, headDim: 128, hidden: 8192, ffn: 28672, vocab: 128256, params: 70.55e9, context: 131072, window: 0, ropeBase: 500000 },
    source: "meta-llama/Llama-3.1-70B config.json (max_position_embeddings 131072)",
  },
  {
    id: "llama-2-7b",
    label: "Llama 2 7B",
    values: { layers: 32, heads: 32, kvHeads: 32, headDim: 128, hidden: 4096, ffn: 11008, vocab: 32000, params: 6.74e9, context: 4096, window: 0, ropeBase: 10000 },
    source: "meta-llama/Llama-2-7b-hf config.json; Llama 2 paper, arXiv 2307.09288",
  },
  {
    id: "mistral-7b",
    label: "Mistral 7B (v0.1)",
    values: { layers: 32, heads: 32, kvHeads: 8, headDim: 128, hidden: 4096, ffn: 14336, vocab: 32000, params: 7.24e9, context: 8192, window: 4096, ropeBase: 10000 },
    source: "Mistral 7B, arXiv 2310.06825, Table 1; mistralai/Mistral-7B-v0.1 config.json",
  },
  {
    id: "gemma-2-9b",
    label: "Gemma 2 9B",
    values: { layers: 42, heads: 16, kvHeads: 8, headDim: 256, hidden: 3584, ffn: 14336, vocab: 256000, params: 9.24e9, context: 8192, window: 4096, ropeBase: 10000 },
    source: "google/gemma-2-9b config.json; Gemma 2 report, arXiv 2408.00118",
  },
  {
    id: "gpt-3-175b",
    label: "GPT-3 175B",
    values: { layers: 96, heads: 96, kvHeads: 96, headDim: 128, hidden: 12288, ffn: 49152, vocab: 50257, params: 175e9, context: 2048, window: 0, ropeBase: 0 },
    source: "Language Models are Few-Shot Learners, arXiv 2005.14165, Table 2.1 (learned positions, no RoPE)",
  },
];

const BY_ID = new Map(MODEL_PRESETS.map((p) => [p.id, p]));
export const getPreset = (id: string): ModelPreset | undefined => BY_ID.get(id);
export const PRESET_FIELDS = Object.keys(MODEL_PRESETS[0]!.values) as (keyof ModelPreset["values"])[];
