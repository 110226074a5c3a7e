import type { TemplateInput } from "@/lib/questions/template-schema";
import { GPT2, GPT4, LLAMA3, PI, ROFORMER, YARN } from "./sources";
import { ROPE_KIND_TEMPLATES } from "./templates-kinds";
import { ROPE_POSITION_TEMPLATES } from "./templates-positions";
import { ROPE_SCALING_TEMPLATES } from "./templates-scaling";

/** Presets whose heads are 128 wide, so "the last pair" is i = 63 and a doubled d is 256. */
const D128_MODELS = ["llama-2-7b", "mistral-7b", "llama-3-8b", "llama-3-70b"];

/** Built-in templates for rotary position embeddings. Content follows the project's topic facts. */
const CORE: TemplateInput[] = [
  {
    key: "rope-theta",
    kind: "numeric",
    topic: "rope",
    title: "Rotation frequency of one pair",
    prompt:
      "RoPE splits a head of dimension $d$ into pairs $i = 0 \\dots d/2-1$ (dimensions $2i$ and $2i+1$) and rotates pair $i$ by $\\theta_i = \\text{base}^{-2i/d}$ radians per position. With $d = {d}$ and base {base}, what is $\\theta_i$ for pair $i = {i}$? Answer in radians per position (3 significant digits).",
    parameters: [
      { kind: "choice", name: "i", values: [1, 2, 4, 8, 16] },
      { kind: "choice", name: "d", values: [64, 128] },
      { kind: "choice", name: "base", values: [10000, 500000] },
    ],
    answer: { fn: "rope.theta", inputs: { i: "i", d: "d", base: "base" } },
    display: { unit: "rad", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "$\\theta_i = \\text{base}^{-2i/d}$: pair 0 turns 1 radian per position and each later pair turns more slowly, down to about $1/\\text{base}$ for the last one. A larger base (Llama 3 uses 500,000) slows every pair but the first.",
    source: ROFORMER,
    difficulty: "medium",
    tags: ["frequency", "formula"],
  },
  {
    key: "rope-angle-model",
    kind: "numeric",
    topic: "rope",
    title: "Rotation angle in a real model",
    prompt:
      "{model} applies RoPE with base {model.ropeBase} to heads of dimension {model.headDim}, with $\\theta_i = \\text{base}^{-2i/d}$. By what total angle is pair $i = {i}$ of a query at position $m = {m}$ rotated? Answer in radians, not reduced modulo $2\\pi$ (3 significant digits).",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-2-7b", "mistral-7b", "llama-3-8b", "gemma-2-9b"] },
      { kind: "choice", name: "i", values: [1, 4, 16, 32, 48] },
      { kind: "choice", name: "m", values: [10, 100, 1000, 5000] },
    ],
    answer: { fn: "rope.angle", inputs: { m: "m", i: "i", d: "model.headDim", base: "model.ropeBase" } },
    display: { unit: "rad", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "The angle is $m\\cdot\\theta_i$ with $\\theta_i = \\text{base}^{-2i/d}$: linear in the position. The same pair index turns more slowly in a model with a larger base (Llama 3: 500,000) but *faster* in a model with a wider head (Gemma 2: 256): the exponent $-2i/d$ moves toward 0 as $d$ grows, so pair $i$ of a 256-wide head turns like pair $i/2$ of a 128-wide one.",
    source: ROFORMER,
    difficulty: "medium",
    tags: ["angle", "models"],
  },
  {
    key: "rope-wavelength-last-pair",
    kind: "numeric",
    topic: "rope",
    title: "Wavelength of the slowest pair",
    prompt:
      "{model} uses RoPE with base {model.ropeBase} and head dimension $d = {model.headDim}$, so $\\theta_i = \\text{base}^{-2i/d}$ and pair $i$ turns a full circle every $\\lambda_i = 2\\pi/\\theta_i$ positions. What is the wavelength of the last pair, $i = 63$, in tokens (3 significant digits)?",
    parameters: [{ kind: "preset", name: "model", presets: D128_MODELS }],
    answer: { fn: "rope.wavelength", inputs: { i: 63, d: "model.headDim", base: "model.ropeBase" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "$\\lambda_{63} = 2\\pi\\cdot\\text{base}^{126/128}$: about 54,400 tokens at base 10,000 and about 2.56 million at Llama 3's 500,000. Pairs whose wavelength exceeds the context length never complete a full turn within it.",
    source: ROFORMER,
    difficulty: "easy",
    tags: ["wavelength", "models"],
  },
  {
    key: "rope-relative-angle",
    kind: "numeric",
    topic: "rope",
    title: "Only the offset matters",
    prompt:
      "A head uses RoPE with $d = 128$ and base 10,000 ($\\theta_i = \\text{base}^{-2i/d}$). A key sits at position {n} and a query {delta} positions later. Pair $i = {i}$ of the query is rotated further than the same pair of the key: by how many radians (not reduced modulo $2\\pi$, 3 significant digits)?",
    parameters: [
      { kind: "choice", name: "n", values: [500, 2000, 7000] },
      { kind: "choice", name: "delta", values: [1, 5, 20, 100] },
      { kind: "choice", name: "i", values: [0, 2, 8, 16, 40] },
    ],
    answer: { fn: "rope.angle", inputs: { m: "delta", i: "i", d: 128, base: 10000 } },
    display: { unit: "rad", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "The query's pair turns by $(n+\\Delta)\\theta_i$ and the key's by $n\\theta_i$, so the difference is $\\Delta\\cdot\\theta_i$ whatever $n$ is — here the key's position {n} plays no role. That is why $q_m \\cdot k_n$ after RoPE depends only on $m - n$.",
    source: ROFORMER,
    difficulty: "hard",
    tags: ["relative-position", "angle"],
  },
  {
    key: "rope-ntk-base",
    kind: "numeric",
    topic: "rope",
    title: "NTK-aware scaling: the new base",
    prompt:
      "“NTK-aware” scaling (a community method) extends a RoPE model's context by a factor $s = {s}$ without changing positions: it raises the base so that the slowest pair's frequency $\\theta_{d/2-1}$ is divided by exactly $s$, while $\\theta_0 = 1$ stays put. For base {base} and head dimension $d = {d}$, what is the new base (3 significant digits)?",
    parameters: [
      { kind: "choice", name: "base", values: [10000, 500000] },
      { kind: "choice", name: "s", values: [2, 4, 8, 16] },
      { kind: "choice", name: "d", values: [64, 128] },
    ],
    answer: { fn: "rope.ntk_base", inputs: { base: "base", factor: "s", d: "d" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "$\\theta_{d/2-1} = \\text{base}^{-(d-2)/d}$, so dividing it by $s$ needs $\\text{base}'^{(d-2)/d} = s\\cdot\\text{base}^{(d-2)/d}$, i.e. $\\text{base}' = \\text{base}\\cdot s^{d/(d-2)}$ — slightly more than $s$ times the old base. Fast pairs barely change, unlike Position Interpolation, which slows every pair by $s$.",
    source: { ...YARN, detail: "Section 3.1 describes “NTK-aware” interpolation, a community method." },
    difficulty: "hard",
    tags: ["context-extension", "ntk"],
  },
  {
    key: "rope-wavelength-mc",
    kind: "multiple_choice",
    topic: "rope",
    title: "Wavelength of a RoPE pair",
    prompt:
      "{model} uses RoPE with base {model.ropeBase} and head dimension $d = {model.headDim}$ ($\\theta_i = \\text{base}^{-2i/d}$ radians per position). After how many positions has pair $i = {i}$ turned one full circle? (its wavelength, in tokens)",
    parameters: [
      { kind: "preset", name: "model", presets: D128_MODELS },
      { kind: "choice", name: "i", values: [8, 16, 32, 48, 63] },
    ],
    answer: { fn: "rope.wavelength", inputs: { i: "i", d: "model.headDim", base: "model.ropeBase" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "wavelength-without-2pi", scale: 0.15915494309189535 },
      { misconception: "degrees-for-radians", scale: 57.29577951308232 },
      // Every preset here has d = 128, so base^(−i/d) is θ computed as if d were 256.
      { misconception: "theta-exponent-i-over-d", answer: { fn: "rope.wavelength", inputs: { i: "i", d: 256, base: "model.ropeBase" } } },
    ],
    explanation:
      "A full turn is $2\\pi$ radians, so $\\lambda_i = 2\\pi/\\theta_i = 2\\pi\\cdot\\text{base}^{2i/d}$ tokens. Wavelengths grow geometrically from $2\\pi \\approx 6.28$ for pair 0 to tens of thousands (base 10,000) or millions (base 500,000) for the last pair.",
    source: ROFORMER,
    difficulty: "medium",
    tags: ["wavelength", "models"],
  },
  {
    key: "rope-pi-angle-mc",
    kind: "multiple_choice",
    topic: "rope",
    title: "Rotation under Position Interpolation",
    prompt:
      "A LLaMA model trained on 2,048 tokens (head dimension 128, base 10,000, $\\theta_i = \\text{base}^{-2i/d}$) is extended with Position Interpolation by a factor $s = {s}$. By what angle is pair $i = {i}$ of a query at position $m = {m}$ rotated now? Angles are in radians, not reduced modulo $2\\pi$.",
    parameters: [
      { kind: "choice", name: "s", values: [4, 8, 16] },
      { kind: "choice", name: "i", values: [1, 4, 8, 16, 32] },
      { kind: "choice", name: "m", values: [2500, 4000, 6000, 8000] },
    ],
    answer: { fn: "rope.pi_angle", inputs: { m: "m", i: "i", d: 128, base: 10000, factor: "s" } },
    display: { unit: "rad", digits: 3 },
    distractors: [
      { misconception: "position-not-scaled", answer: { fn: "rope.angle", inputs: { m: "m", i: "i", d: 128, base: 10000 } } },
      { misconception: "degrees-for-radians", scale: 57.29577951308232 },
      { misconception: "theta-exponent-i-over-d", answer: { fn: "rope.pi_angle", inputs: { m: "m", i: "i", d: 256, base: 10000, factor: "s" } } },
    ],
    explanation:
      "Position Interpolation feeds $m/s$ instead of $m$, so the angle is $(m/s)\\cdot\\theta_i$: every position lands inside the trained range $0 \\dots 2048$, where the model has seen such angles. The paper extends LLaMA 7B–65B to 32,768 tokens this way within 1,000 fine-tuning steps.",
    source: PI,
    difficulty: "hard",
    tags: ["context-extension", "position-interpolation", "angle"],
  },
  {
    key: "rope-llama3-base",
    kind: "multiple_choice",
    topic: "rope",
    title: "Llama 3's RoPE base",
    prompt: "Which RoPE base frequency does Llama 3 use?",
    choices: [
      { text: "500,000", correct: true },
      { text: "10,000", correct: false, feedback: "That is RoFormer's default, used by Llama 2 and Mistral 7B; Llama 3 raised it." },
      { text: "1,000,000", correct: false, feedback: "That is the base of Gemma 3's global layers, not Llama 3." },
      { text: "8,192", correct: false, feedback: "That is Llama 3's pre-training context length, not its RoPE base." },
    ],
    explanation:
      "The Llama 3 paper raises the RoPE base to 500,000, which lengthens every pair's wavelength (the last pair's from about 54,400 to about 2.56 million tokens) and helps support long contexts.",
    source: LLAMA3,
    difficulty: "easy",
    tags: ["models", "base"],
  },
  {
    key: "rope-what-is-rotated",
    kind: "multiple_choice",
    topic: "rope",
    title: "Where RoPE acts",
    prompt: "Where is the rotary position embedding applied in a transformer that uses RoPE?",
    choices: [
      { text: "To the query and key vectors, in every attention layer", correct: true },
      { text: "To the query, key and value vectors", correct: false, feedback: "Values are not rotated: position only needs to enter the query–key scores." },
      { text: "Once, to the token embeddings at the input", correct: false, feedback: "That describes absolute position embeddings such as GPT-2's; RoPE acts inside each attention layer." },
      { text: "As a bias added to the attention scores", correct: false, feedback: "That is how bias-based schemes such as ALiBi work; RoPE rotates vectors instead." },
    ],
    explanation:
      "RoPE rotates each pair of the query at position $m$ by $m\\theta_i$ and each pair of the key at position $n$ by $n\\theta_i$, in every layer. The score $q_m \\cdot k_n$ then depends on the offset $m - n$; values carry content and are left alone.",
    source: ROFORMER,
    difficulty: "easy",
    tags: ["concept"],
  },
  {
    key: "rope-layout",
    kind: "multiple_choice",
    topic: "rope",
    title: "Interleaved pairs or split halves?",
    prompt:
      "RoPE implementations pair dimensions in one of two ways: interleaved pairs $(x_0, x_1), (x_2, x_3), \\dots$ or split halves $(x_j, x_{j+d/2})$ (“rotate_half”). What decides which one you must use with a given checkpoint?",
    choices: [
      { text: "The checkpoint: its query and key weights were trained with one layout, and switching means permuting those weights", correct: true },
      { text: "Nothing: both rotate by the same angles, so either gives the same outputs", correct: false, feedback: "They rotate different pairs of dimensions; with the wrong layout, trained weights see scrambled positions." },
      { text: "The head dimension: interleaved for $d = 64$, split halves for $d = 128$", correct: false, feedback: "Both layouts work for any even $d$." },
      { text: "The base: split halves are only needed for bases of 500,000 and more", correct: false, feedback: "The base sets the frequencies, not which dimensions form a pair." },
    ],
    explanation:
      "Both layouts are valid RoPE — they differ only in which dimensions form a pair. A model learns its query and key projections for one of them, so the weights fix the layout; converters between code bases permute the projection rows instead of changing the rotation.",
    source: { ...ROFORMER, detail: "The paper writes the rotation on interleaved pairs; other code bases use split halves." },
    difficulty: "hard",
    tags: ["implementation"],
  },
  {
    key: "rope-all-llms-claim",
    kind: "multiple_choice",
    topic: "rope",
    title: "Does every modern LLM use RoPE?",
    prompt: "A lecture claims: “RoPE is used in nearly all modern LLMs, including Claude and GPT.” Which verdict is right?",
    choices: [
      {
        text: "Partly true: open-weight families (Llama, Mistral, Gemma, gpt-oss) use RoPE; GPT-2 uses learned absolute positions; Claude's and GPT-4's position encodings are undisclosed",
        correct: true,
      },
      { text: "True: every model released since 2021 uses RoPE", correct: false, feedback: "GPT-3 (2020) kept learned positions, BLOOM uses ALiBi, and closed models don't say what they use." },
      { text: "False: Claude and GPT-4 are known not to use RoPE", correct: false, feedback: "Their architectures are undisclosed: undisclosed is not the same as false, and nothing public says either way." },
      { text: "False: RoPE is only used in encoder models such as RoFormer", correct: false, feedback: "RoPE is standard in decoder-only open-weight LLMs such as Llama, Mistral, Gemma and gpt-oss." },
    ],
    explanation:
      "Partly true. RoPE is the standard in open-weight families (Llama, Mistral, Gemma, gpt-oss). GPT-2 and GPT-3 use learned absolute position embeddings. Claude's and GPT-4's architectures are not published, so the claim can't be checked for them — which is different from it being false.",
    source: {
      ...GPT4,
      detail: "The report withholds architecture details; GPT-3 (arXiv 2005.14165) keeps GPT-2's learned position embeddings.",
    },
    difficulty: "medium",
    tags: ["models", "misconception"],
  },
  {
    key: "rope-relative-property",
    kind: "true_false",
    topic: "rope",
    title: "What the RoPE score depends on",
    prompt: "True or false: after RoPE, the attention score $q_m \\cdot k_n$ between a query at position $m$ and a key at position $n$ depends on the positions only through the offset $m - n$.",
    correct: true,
    explanation:
      "True. Rotating pair $i$ of $q$ by $m\\theta_i$ and of $k$ by $n\\theta_i$ changes their dot product only through the angle difference $(m - n)\\theta_i$, because $R(m\\theta_i)^\\top R(n\\theta_i) = R((n-m)\\theta_i)$ for rotation matrices. This relative-position property is the point of RoPE.",
    source: ROFORMER,
    difficulty: "easy",
    tags: ["relative-position", "concept"],
  },
  {
    key: "rope-pi-extrapolates",
    kind: "true_false",
    topic: "rope",
    title: "Does Position Interpolation extrapolate?",
    prompt: "True or false: Position Interpolation extends a RoPE model's context by letting it use rotation angles larger than any it saw in training.",
    correct: false,
    explanation:
      "False: that is extrapolation, which the paper shows works poorly. Position Interpolation divides every position by the extension factor $s$, so the angles $(m/s)\\theta_i$ stay within the range seen in training, and a short fine-tune adapts the model to the finer spacing.",
    source: PI,
    difficulty: "medium",
    tags: ["context-extension", "position-interpolation"],
  },
  {
    key: "rope-gpt2-learned",
    kind: "short_text",
    topic: "rope",
    title: "GPT-2's position embeddings",
    prompt: "GPT-2 does not use rotary embeddings. Complete with one word: GPT-2 adds ___ absolute position embeddings to its token embeddings.",
    accepted: ["learned", "learnt", "trained", "learned absolute", "learned position embeddings"],
    explanation:
      "Learned: GPT-2 keeps a trained table with one vector per position (1,024 of them) and adds it at the input. It has no vector for positions beyond the table, whereas RoPE computes its rotation from the position itself.",
    source: {
      ...GPT2,
      detail: "GPT-2 follows the GPT-1 architecture, which used learned position embeddings instead of sinusoidal ones; the released weights hold a 1,024-position table.",
    },
    difficulty: "easy",
    tags: ["models", "position-embeddings"],
  },
  {
    key: "rope-pi-name",
    kind: "short_text",
    topic: "rope",
    title: "Squeezing positions into the trained range",
    prompt: "Which context-extension method replaces every position $m$ by $m/s$, where $s$ is the extension factor, so that all positions fall inside the range seen in training? (two words)",
    accepted: ["position interpolation", "positional interpolation", "PI", "linear position interpolation", "linear interpolation", "linear scaling"],
    explanation:
      "Position Interpolation (Chen et al., 2023), also called linear scaling. “NTK-aware” scaling changes the base instead, and YaRN combines per-frequency interpolation with attention scaling.",
    source: PI,
    difficulty: "medium",
    tags: ["context-extension", "position-interpolation"],
  },
  {
    key: "rope-wavelength-order",
    kind: "ordering",
    topic: "rope",
    title: "Short and long wavelengths",
    prompt: "All heads have $d = 128$ and $\\theta_i = \\text{base}^{-2i/d}$. Order these RoPE pairs by wavelength (positions per full turn), shortest first.",
    items: ["Pair 0, base 10,000", "Pair 32, base 10,000", "Pair 32, base 500,000", "Pair 63, base 10,000", "Pair 63, base 500,000"],
    explanation:
      "$\\lambda_i = 2\\pi\\cdot\\text{base}^{2i/d}$: pair 0 has $2\\pi \\approx 6.28$ whatever the base; pair 32 has $2\\pi\\sqrt{\\text{base}}$ ≈ 628 (10k) and ≈ 4,440 (500k); pair 63 has ≈ 54,400 (10k) and ≈ 2.56 million (500k).",
    source: ROFORMER,
    difficulty: "medium",
    tags: ["wavelength"],
  },
  {
    key: "rope-attention-steps",
    kind: "ordering",
    topic: "rope",
    title: "Where the rotation happens",
    prompt: "Put these steps of one RoPE attention layer in order.",
    items: [
      "Project the hidden states to queries, keys and values",
      "Rotate each pair of every query and key by its position times $\\theta_i$",
      "Take the scaled dot products of queries with keys",
      "Apply the causal mask and the softmax",
      "Sum the value vectors weighted by the attention probabilities",
    ],
    explanation:
      "RoPE sits between the projections and the dot products: queries and keys are rotated by position, values are not. Everything after the scores is ordinary attention.",
    source: ROFORMER,
    difficulty: "easy",
    tags: ["concept", "implementation"],
  },
];

/** Built-in templates for rotary position embeddings, their scaling methods and the alternatives. */
export const ROPE_TEMPLATES: TemplateInput[] = [...CORE, ...ROPE_POSITION_TEMPLATES, ...ROPE_SCALING_TEMPLATES, ...ROPE_KIND_TEMPLATES];
