import type { TemplateInput } from "@/lib/questions/template-schema";
import { LLAMA3, ROFORMER, YARN } from "./sources";

/** Templates of the matching, multiple-answer and unit-required numeric kinds. */
export const ROPE_KIND_TEMPLATES: TemplateInput[] = [
  {
    key: "rope-match-extension-methods",
    kind: "matching",
    topic: "rope",
    title: "Match each context-extension method to what it changes",
    prompt:
      "Several methods let a RoPE model ($\\theta_i = \\text{base}^{-2i/d}$, pair $i$ rotated by $m\\theta_i$ at position $m$) run past its training length. Match each method to what it does. (One option describes none of them.)",
    pairs: [
      { prompt: "Position Interpolation", answer: "Divides every position by the extension factor" },
      { prompt: "“NTK-aware” scaling", answer: "Raises the RoPE base and leaves positions unchanged" },
      { prompt: "YaRN", answer: "Interpolates only the low-frequency pairs and scales the attention logits" },
      { prompt: "Llama 3.1's “llama3” rope scaling", answer: "Divides the frequencies of slow pairs by 8, leaves fast pairs alone, blends in between" },
    ],
    distractors: ["Adds a learned vector for each position to the input embeddings"],
    explanation:
      "Position Interpolation feeds $m/s$ instead of $m$, slowing every pair by $s$ (LLaMA 7B–65B to 32,768 tokens within 1,000 steps). “NTK-aware” scaling, a community method, raises the base so fast pairs barely change while slow ones are stretched. YaRN interpolates per frequency (a ramp between wavelength ratios $\\alpha = 1$ and $\\beta = 32$ for Llama) and multiplies the logits by a temperature factor. Llama 3.1 (factor 8, low/high frequency factors 1 and 4, original context 8,192) divides the frequency of pairs with wavelengths above 8,192 by 8, leaves those below 2,048 alone and blends in between. Learned absolute position vectors are GPT-2's scheme, not a RoPE extension.",
    source: { ...YARN, detail: "Section 3 reviews Position Interpolation (arXiv 2306.15595) and “NTK-aware” interpolation and defines YaRN; Llama 3.1's rope_scaling is in its config.json." },
    difficulty: "hard",
    tags: ["context-extension", "position-interpolation", "ntk", "yarn"],
  },
  {
    key: "rope-true-statements-rotation",
    kind: "multiple_answer",
    topic: "rope",
    title: "What rotary embeddings do and don't do",
    prompt:
      "RoPE rotates pair $i$ of the query at position $m$ by $m\\theta_i$ and the same pair of the key at position $n$ by $n\\theta_i$. Tick **all** statements that are true.",
    choices: [
      { text: "After rotation, $q_m \\cdot k_n$ depends on the two positions only through the offset $m - n$.", correct: true },
      { text: "Rotating a query or key vector leaves its norm unchanged.", correct: true },
      { text: "GPT-2 does not use RoPE: it adds learned absolute position embeddings to the input.", correct: true },
      {
        text: "Rotating $q$ and $k$ by the angles of their own positions preserves their inner product $q \\cdot k$.",
        correct: false,
        feedback: "Only rotating both by the same angle preserves $q \\cdot k$. With different positions the score changes with the offset $m - n$ — that is the point of RoPE.",
      },
      {
        text: "Plain RoPE extrapolates well to sequences longer than those seen in training.",
        correct: false,
        feedback: "Perplexity blows up past the training length; that is why Position Interpolation, NTK-aware scaling and YaRN exist.",
      },
      {
        text: "RoPE rotates the value vectors as well as the queries and keys.",
        correct: false,
        feedback: "Values are not rotated: positions only need to enter the query–key scores.",
      },
    ],
    explanation:
      "A rotation is norm-preserving, and $R_m q \\cdot R_n k = q \\cdot R_{n-m} k$: the score depends on the offset, not on $m$ and $n$ separately. Inner products are preserved only when both vectors turn by the same angle. Plain RoPE does not extrapolate — angles beyond the trained range are new to the model — and values stay unrotated. GPT-2, unlike Llama, Mistral or Gemma, uses learned absolute positions.",
    source: { ...ROFORMER, detail: "Section 3 (the rotation and its relative-position property); the extrapolation failure is shown in Position Interpolation, arXiv 2306.15595." },
    difficulty: "medium",
    tags: ["relative-position", "concept", "misconception"],
  },
  {
    key: "rope-llama3-angle-degrees",
    kind: "numeric",
    topic: "rope",
    title: "Rotation angle in Llama 3, in degrees with unit",
    prompt:
      "Llama 3 applies RoPE with base 500,000 to heads of dimension $d = 128$, rotating pair $i$ at position $m$ by $m\\theta_i$ with $\\theta_i = \\text{base}^{-2i/d}$ radians per position (no rope scaling). By how many **degrees** is pair $i = {i}$ of a query at position $m = {m}$ rotated, not reduced modulo 360°? **Write the unit** (deg); a number without a unit loses a quarter of the marks.",
    parameters: [
      { kind: "choice", name: "i", values: [1, 2, 4, 8, 16] },
      { kind: "choice", name: "m", values: [10, 50, 200, 1000] },
    ],
    answer: { fn: "rope.angle", inputs: { m: "m", i: "i", d: 128, base: 500000 } },
    display: { unit: "deg", digits: 3 },
    tolerance: { relative: 0.01 },
    unitPenalty: 0.25,
    explanation:
      "The angle is $m\\theta_i$ radians with $\\theta_i = 500000^{-2i/128}$; multiply by $180/\\pi \\approx 57.3$ for degrees. A bare number is ambiguous — the same angle is about 57 times smaller in radians — which is why the unit is required. Llama 3's large base makes every pair after the first turn more slowly than at base 10,000, lengthening the wavelengths.",
    source: { ...LLAMA3, detail: "RoPE base frequency 500,000; the rotation is RoFormer's (arXiv 2104.09864)." },
    difficulty: "medium",
    tags: ["angle", "units", "models"],
  },
];
