import { defineCompute } from "@/lib/compute/define";
import { fmt } from "@/lib/compute/format";
import { count } from "@/lib/compute/input-specs";
import { windowScores } from "./compute";

const TOPIC = "sliding-window-attention" as const;
const STREAMING_LLM = "StreamingLLM (Efficient Streaming Language Models with Attention Sinks), arXiv 2309.17453";

/** Σ_{t=1}^{m} min(k, t): the sink keys that rows past the window add. */
function sinkExtras(m: number, k: number): number {
  if (m <= 0 || k <= 0) return 0;
  return m <= k ? (m * (m + 1)) / 2 : (k * (k + 1)) / 2 + k * (m - k);
}

/**
 * A causal window of w keys (the token included) plus k sink tokens: the first k positions,
 * which every later query also sees. Query i ≥ w sees min(k, i − w + 1) sinks outside its
 * window; nothing looks ahead (a causal decoder).
 */
export const WINDOW_SINK_SCORES = defineCompute({
  name: "attention.window_sink_scores",
  title: "Attention scores, sliding window + attention sinks",
  topic: TOPIC,
  description: "Number of query–key scores per head per layer with a causal window of w keys plus the first k tokens kept as attention sinks.",
  convention:
    "The window's w keys include the token itself (positions max(0, i−w+1)…i); the first k positions are seen by every later query; no query sees a later position.",
  inputs: { n: count("Sequence length", "tokens"), w: count("Window size", "keys"), k: count("Sink tokens", "tokens", 0) },
  outputUnit: "",
  outputLabel: "scores",
  source: STREAMING_LLM,
  run: ({ n, w, k }) => {
    const window = windowScores({ n, w }).value;
    const m = Math.max(0, n - w);
    const extras = sinkExtras(m, k);
    const value = window + extras;
    return {
      value,
      unit: "",
      steps: () => [
        n <= w
          ? `n = ${fmt(n)} ≤ w = ${fmt(w)}: the window alone is causal attention, n(n+1)/2 = ${fmt(window)} scores, and no sink lies outside it.`
          : `The window alone: Σ min(i+1, w) = n·w − w(w−1)/2 = ${fmt(window)} scores.`,
        ...(n > w
          ? [
              `The ${fmt(m)} queries i = w … n−1 each also see min(k, i − w + 1) sinks that have left their window: ${m <= k ? `1 + 2 + … + ${fmt(m)}` : `1 + 2 + … + ${fmt(k)}, then ${fmt(k)} each`} = ${fmt(extras)} scores.`,
              `Total: ${fmt(window)} + ${fmt(extras)} = ${fmt(value)} scores (at most w + k keys per query).`,
            ]
          : []),
      ],
    };
  },
});

export const windowSinkScores = WINDOW_SINK_SCORES.call;
