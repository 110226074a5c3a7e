import type { TemplateInput } from "@/lib/questions/template-schema";
import { ALIBI, GPT_NEOX_20B, HF_LLAMA4_CONFIG, LLAMA4_BLOG, NOPE, ROFORMER, TRANSFORMER } from "./sources";

/** Templates on RoPE's geometry (head width, rotations, norms) and on the other ways to give attention positions. */
export const ROPE_POSITION_TEMPLATES: TemplateInput[] = [
  {
    key: "rope-wider-head-ratio",
    kind: "multiple_choice",
    topic: "rope",
    title: "Same pair index in a wider head",
    prompt:
      "Two RoPE heads share the base {base} ($\\theta_i = \\text{base}^{-2i/d}$): one has $d = 128$ (like Llama 2 7B), the other $d = 256$ (like Gemma 2 9B). For the same pair index $i = {i}$, what is $\\theta_i(d{=}256)/\\theta_i(d{=}128)$, the factor by which the 256-wide head's pair turns faster?",
    parameters: [
      { kind: "choice", name: "base", values: [10000, 500000] },
      { kind: "choice", name: "i", values: [8, 16, 32, 48, 63] },
    ],
    answer: { fn: "rope.theta_ratio", inputs: { i: "i", d1: 128, d2: 256, base: "base" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "wider-head-slower", answer: { fn: "rope.theta_ratio", inputs: { i: "i", d1: 256, d2: 128, base: "base" } } },
      // base^(−i/d) in both heads: the ratio of θ_i computed for widths 256 and 512.
      { misconception: "theta-exponent-i-over-d", answer: { fn: "rope.theta_ratio", inputs: { i: "i", d1: 256, d2: 512, base: "base" } } },
    ],
    explanation:
      "$\\theta_i(256)/\\theta_i(128) = \\text{base}^{2i/128 - 2i/256} = \\text{base}^{i/128}$, which is above 1: the exponent $-2i/d$ moves toward 0 as $d$ grows, so pair $i$ of the wider head turns *faster* — it behaves like pair $i/2$ of the narrower one. With base 10,000 and $i = 32$ the factor is exactly 10. The common slip is to think a wider head slows every pair down; what a wider head adds is more pairs, reaching down to the same slowest frequency ≈ $1/\\text{base}$.",
    source: { ...ROFORMER, detail: "θ_i = base^(−2i/d); head widths from the Llama 2 7B (128) and Gemma 2 9B (256) configs." },
    difficulty: "medium",
    tags: ["frequency", "head-dim"],
  },
  {
    key: "rope-wider-head-tf",
    kind: "true_false",
    topic: "rope",
    title: "Does a wider head slow pair i down?",
    prompt: "True or false: with the same base, pair $i = 10$ of a RoPE head with $d = 256$ turns more slowly per position than pair $i = 10$ of a head with $d = 128$.",
    correct: false,
    explanation:
      "False. $\\theta_{10} = \\text{base}^{-20/d}$: at $d = 256$ the exponent is $-0.078$, at $d = 128$ it is $-0.156$, so the 256-wide head's pair turns faster (by $\\text{base}^{10/128}$, ≈ 2.05 at base 10,000). Both heads span the same range of frequencies, from 1 down to about $1/\\text{base}$; the wider one just samples it with more pairs.",
    source: ROFORMER,
    difficulty: "easy",
    tags: ["frequency", "head-dim", "misconception"],
  },
  {
    key: "rope-pair-score",
    kind: "numeric",
    topic: "rope",
    title: "Score of one rotated pair",
    prompt:
      "Take one RoPE pair with frequency $\\theta = {theta}$ rad per position. The query's pair is $q = ({q0}, {q1})$ at position $m = {m}$, the key's pair is $k = ({k0}, {k1})$ at position $n = {n}$. Rotate $q$ by $m\\theta$ and $k$ by $n\\theta$ (counter-clockwise, radians), then take the dot product. What is it (3 significant digits)?",
    parameters: [
      { kind: "choice", name: "q0", values: [1, 2] },
      { kind: "choice", name: "q1", values: [-1, 1, 3] },
      { kind: "choice", name: "k0", values: [1, 3] },
      { kind: "choice", name: "k1", values: [-2, 0, 2] },
      { kind: "choice", name: "m", values: [6, 9, 40] },
      { kind: "choice", name: "n", values: [2, 5] },
      { kind: "choice", name: "theta", values: [0.1, 0.25, 0.5] },
    ],
    answer: { fn: "rope.pair_score", inputs: { q0: "q0", q1: "q1", k0: "k0", k1: "k1", m: "m", n: "n", theta: "theta" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.01 },
    explanation:
      "$R(m\\theta)^\\top R(n\\theta) = R((n-m)\\theta)$, so the score is $(q\\cdot k)\\cos((m-n)\\theta) + (q_0k_1 - q_1k_0)\\sin((m-n)\\theta)$: it depends on the positions only through $m - n$, and it is *not* the plain $q\\cdot k$ unless $(m-n)\\theta$ is a whole number of turns. That is the sense in which “rotation preserves the inner product” is misstated: each vector keeps its length, but the score changes with the offset — which is exactly what lets attention see relative position.",
    source: { ...ROFORMER, detail: "§3.2, the 2-D case: the rotated inner product is a function of x_m, x_n and m − n only." },
    difficulty: "hard",
    tags: ["relative-position", "inner-product"],
  },
  {
    key: "rope-inner-product-claim",
    kind: "multiple_choice",
    topic: "rope",
    title: "What does the rotation preserve?",
    prompt: "A lecture says RoPE works because “rotation preserves the inner product”. Which statement is right?",
    choices: [
      {
        text: "A rotation preserves each vector's norm; $q_m\\cdot k_n$ after RoPE depends on the offset $m - n$, and equals $q\\cdot k$ only when both are rotated by the same angle ($m = n$)",
        correct: true,
      },
      { text: "The score $q_m\\cdot k_n$ after RoPE always equals $q\\cdot k$, whatever the positions", correct: false, feedback: "Then attention would be blind to position: the score changes with $(m - n)\\theta_i$, which is the point." },
      { text: "RoPE changes the norms of $q$ and $k$ in proportion to their positions", correct: false, feedback: "Rotations never change lengths; only the angle between $q$ and $k$ changes." },
      { text: "The score depends on the absolute positions $m$ and $n$ separately", correct: false, feedback: "Only the difference $m - n$ enters: $R(m\\theta)^\\top R(n\\theta) = R((n - m)\\theta)$." },
    ],
    explanation:
      "Rotating $q$ by $m\\theta_i$ and $k$ by $n\\theta_i$ keeps both lengths, and the dot product sees only the relative rotation $(m - n)\\theta_i$. Rotating *both* vectors by the same angle preserves their inner product — that is the special case $m = n$. So the claim is misstated: what RoPE relies on is that the change in the score depends only on the offset.",
    source: { ...ROFORMER, detail: "§3.2: q_m·k_n = Re[q k* e^{i(m−n)θ}] in the 2-D case." },
    difficulty: "medium",
    tags: ["inner-product", "misconception"],
  },
  {
    key: "rope-norm-preserved",
    kind: "true_false",
    topic: "rope",
    title: "Does RoPE change vector lengths?",
    prompt: "True or false: applying RoPE leaves the Euclidean norm of every query and key vector unchanged, at any position.",
    correct: true,
    explanation:
      "True: RoPE is a block-diagonal rotation (one 2×2 rotation per pair), and rotations are orthogonal, so $\\lVert R q \\rVert = \\lVert q \\rVert$. Norms are what a rotation preserves; the *score between two different positions* is not preserved, it changes with their offset.",
    source: ROFORMER,
    difficulty: "easy",
    tags: ["inner-product"],
  },
  {
    key: "rope-position-blind",
    kind: "true_false",
    topic: "rope",
    title: "Attention without any position signal",
    prompt:
      "True or false: a self-attention layer with no position embedding, no RoPE or other positional bias, and no causal mask is permutation-equivariant — shuffling the input tokens just shuffles its outputs the same way, so on its own it cannot tell word order.",
    correct: true,
    explanation:
      "True. Every token's output is a softmax-weighted sum over the same set of keys and values, and nothing in $QK^\\top$ depends on where a token sits. That is why the original Transformer adds sinusoidal position encodings to its embeddings (and why RoPE or ALiBi exist). A causal mask does break the symmetry — decoder-only models can infer positions without embeddings (NoPE) — but the question excludes it.",
    source: { ...TRANSFORMER, detail: "§3.5: “Since our model contains no recurrence and no convolution … we must inject some information about the … position of the tokens.”" },
    difficulty: "medium",
    tags: ["position-embeddings", "concept"],
  },
  {
    key: "rope-sinusoidal-pe",
    kind: "numeric",
    topic: "rope",
    title: "A value of the sinusoidal encoding",
    prompt:
      "The original Transformer adds $PE(pos, 2i) = \\sin(pos/10000^{2i/d})$ and $PE(pos, 2i+1) = \\cos(pos/10000^{2i/d})$ to its embeddings, with $d = d_{model} = 512$ and dimensions $j = 0 \\dots 511$. What is $PE(pos = {pos}, j = {j})$? Angles in radians; answer to ±0.005.",
    parameters: [
      { kind: "choice", name: "pos", values: [1, 5, 10, 50, 100] },
      { kind: "choice", name: "j", values: [0, 1, 2, 3, 64, 65, 200, 201] },
    ],
    answer: { fn: "rope.sinusoidal_pe", inputs: { pos: "pos", j: "j", d: 512 } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.005 },
    explanation:
      "Dimension $j$ belongs to pair $i = \\lfloor j/2 \\rfloor$: even $j$ takes the sine, odd $j$ the cosine of $pos/10000^{2i/d}$. The usual slips are to use $j$ instead of $2i$ in the exponent (shifting odd dimensions to the next frequency) or to compute in degrees. The wavelengths run from $2\\pi$ (pair 0) to almost $10000\\cdot 2\\pi$ — the same geometric ladder RoPE later used for its rotation angles, which RoPE applies to queries and keys instead of adding to the input.",
    source: { ...TRANSFORMER, detail: "§3.5, Positional Encoding (d_model = 512 in the base model)." },
    difficulty: "medium",
    tags: ["position-embeddings", "sinusoidal"],
  },
  {
    key: "rope-sinusoidal-odd",
    kind: "short_text",
    topic: "rope",
    title: "Sine for even dimensions, and for odd ones?",
    prompt:
      "In “Attention Is All You Need”, the even dimensions of the position encoding are $PE(pos, 2i) = \\sin(pos/10000^{2i/d_{model}})$. Which function gives the odd dimensions $PE(pos, 2i+1)$, with the same argument? (one word)",
    accepted: ["cos", "cosine", "cosinus"],
    explanation:
      "Cosine: each pair of dimensions holds $\\sin$ and $\\cos$ of the same angle, so for any fixed offset $k$, $PE_{pos+k}$ is a linear function (a rotation) of $PE_{pos}$ — the authors' reason for the choice, and the seed of RoPE's idea of rotating pairs.",
    source: { ...TRANSFORMER, detail: "§3.5" },
    difficulty: "easy",
    tags: ["position-embeddings", "sinusoidal"],
  },
  {
    key: "rope-alibi-bias",
    kind: "numeric",
    topic: "rope",
    title: "ALiBi's penalty for distance",
    prompt:
      "ALiBi uses no position embeddings: head $h$ adds $-m_h\\cdot(i - j)$ to the logit $q_i\\cdot k_j$, with slopes $m_h = 2^{-8h/n}$ for $n$ heads numbered $h = 1 \\dots n$ ($n$ a power of 2). In a model with $n = {n}$ heads, what bias does head $h = {h}$ add for a key ${k}$ positions before the query (3 significant digits)?",
    parameters: [
      { kind: "choice", name: "n", values: [8, 16, 32] },
      { kind: "choice", name: "h", values: [1, 2, 3, 4, 6, 8] },
      { kind: "choice", name: "k", values: [1, 5, 10, 100] },
    ],
    answer: { fn: "rope.alibi_bias", inputs: { h: "h", n: "n", distance: "k" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "The slope is $2^{-8h/n}$ and the bias grows linearly with distance, always negative: far keys are penalised, the key at the query's own position gets 0. Heads with small $h$ have steep slopes and look locally; the last head's slope is $2^{-8} = 1/256$ whatever $n$ is. The bias is fixed, not learned, and added in every layer — there is nothing to run out of at longer lengths, which is why ALiBi was proposed for extrapolation.",
    source: { ...ALIBI, detail: "§3: softmax(q_i K^⊤ + m·[−(i−1), …, −2, −1, 0]); slopes start at 2^(−8/n) with the same ratio." },
    difficulty: "medium",
    tags: ["alibi", "alternatives"],
  },
  {
    key: "rope-alibi-slope-mc",
    kind: "multiple_choice",
    topic: "rope",
    title: "Slope of an ALiBi head",
    prompt: "A model with ALiBi has 16 attention heads, numbered $h = 1 \\dots 16$. What is the slope $m_h$ of head $h = {h}$?",
    parameters: [{ kind: "choice", name: "h", values: [1, 2, 3, 4, 5, 6, 7, 8] }],
    answer: { fn: "rope.alibi_slope", inputs: { h: "h", n: 16 } },
    display: { unit: "", digits: 3 },
    distractors: [
      // Counting heads from 0: 2^(−8(h−1)/16) = m_h·√2.
      { misconception: "off-by-one", scale: 1.4142135623730951 },
      { misconception: "alibi-slopes-fixed", answer: { fn: "rope.alibi_slope", inputs: { h: "h", n: 8 } } },
    ],
    explanation:
      "For $n$ heads the slopes are the geometric sequence that starts at $2^{-8/n}$ with that same ratio, so $m_h = 2^{-8h/n}$; with 16 heads, $2^{-h/2}$: $1/\\sqrt{2}, 1/2, 1/2^{1.5}, \\dots, 1/256$. The 8-head sequence $1/2, 1/4, \\dots, 1/256$ is the paper's base case — reusing it for 16 heads is the common slip.",
    source: { ...ALIBI, detail: "§3: 8 heads use 1/2¹ … 1/2⁸; 16 heads start at 1/√2 with ratio 1/√2." },
    difficulty: "hard",
    tags: ["alibi", "alternatives"],
  },
  {
    key: "rope-nope-finding",
    kind: "true_false",
    topic: "rope",
    title: "No position encoding at all?",
    prompt:
      "True or false: Kazemnejad et al. (2023) found that small decoder-only Transformers trained with no positional encoding (NoPE) generalised to longer inputs better than the same models with ALiBi, RoPE or absolute position embeddings, on their reasoning and arithmetic tasks.",
    correct: true,
    explanation:
      "True. Their abstract reports that the common encodings “are not well suited for length generalization in downstream tasks” and that “NoPE outperforms other explicit positional encoding methods”. A decoder-only model can do without embeddings because its causal mask breaks the symmetry (the paper proves NoPE can represent absolute and relative positions). The finding is about small models on synthetic tasks, not a claim that large LLMs should drop RoPE.",
    source: NOPE,
    difficulty: "medium",
    tags: ["nope", "alternatives"],
  },
  {
    key: "rope-nope-why",
    kind: "multiple_choice",
    topic: "rope",
    title: "Why NoPE works only with a causal mask",
    prompt: "Why can a decoder-only Transformer with no position embeddings (NoPE) still recover token positions, while a bidirectional encoder without them cannot?",
    choices: [
      { text: "The causal mask: token $t$ attends to exactly $t$ tokens, so the model can count, e.g. by attending uniformly and reading off how diluted the first token's value is", correct: true },
      { text: "The token embeddings secretly contain position information", correct: false, feedback: "Embeddings depend only on the token's identity; the same word at two positions gets the same vector." },
      { text: "Layer normalisation adds a position-dependent scale", correct: false, feedback: "LayerNorm and RMSNorm act on each token separately and know nothing about its position." },
      { text: "It cannot: NoPE models are bag-of-words models", correct: false, feedback: "That holds for bidirectional encoders; the causal mask makes a decoder-only model order-aware." },
    ],
    explanation:
      "Without a mask, attention is permutation-equivariant and an encoder becomes a bag of words. With a causal mask each position sees a different number of tokens, which the first layer can turn into an absolute position; the NoPE paper proves such a construction and finds trained NoPE models mostly behave like T5's relative biases.",
    source: { ...NOPE, detail: "Theorems on absolute and relative encoding by NoPE; encoders without positions are bag-of-words models." },
    difficulty: "hard",
    tags: ["nope", "alternatives"],
  },
  {
    key: "rope-irope",
    kind: "multiple_choice",
    topic: "rope",
    title: "What is Llama 4's iRoPE?",
    prompt: "Meta describes Llama 4's long-context design as the “iRoPE” architecture. What does it refer to?",
    choices: [
      {
        text: "Interleaving attention layers that use no positional embedding with RoPE layers (Hugging Face's port defaults to every 4th layer without RoPE), plus inference-time temperature scaling of attention",
        correct: true,
      },
      { text: "An “inverse” RoPE that rotates queries and keys in opposite directions", correct: false, feedback: "The “i” stands for “interleaved”, not inverse." },
      { text: "A learned (“intelligent”) base that the model tunes per layer", correct: false, feedback: "Nothing in the description makes the base learned." },
      { text: "RoPE applied to the value vectors as well as queries and keys", correct: false, feedback: "Values are not rotated; the change is that some layers drop positional encoding altogether." },
    ],
    explanation:
      "Meta's Llama 4 post: “a key innovation … is the use of interleaved attention layers without positional embeddings”, plus “inference time temperature scaling of attention to enhance length generalization”; the “i” stands for interleaved. Meta gives no ratio; Hugging Face's Llama 4 configuration builds a NoPE layer every `no_rope_layer_interval = 4` layers by default.",
    source: { ...LLAMA4_BLOG, detail: `Layer pattern: ${HF_LLAMA4_CONFIG.title}.` },
    difficulty: "medium",
    tags: ["nope", "models"],
  },
  {
    key: "rope-partial-rotary",
    kind: "numeric",
    topic: "rope",
    title: "Partial RoPE: how many dimensions turn?",
    prompt:
      "Some models rotate only part of each head (GPT-NeoX's `rotary_pct`, transformers' `partial_rotary_factor`): the first $\\lfloor d \\times \\text{fraction} \\rfloor$ dimensions are rotated and the rest pass through unchanged. For a head of dimension $d = {d}$ and fraction {fraction}, how many dimensions are rotated?",
    parameters: [
      { kind: "choice", name: "d", values: [64, 80, 96, 128, 256] },
      { kind: "choice", name: "fraction", values: [0.25, 0.5] },
    ],
    answer: { fn: "rope.partial_rotary_dims", inputs: { d: "d", fraction: "fraction" } },
    display: { unit: "", digits: 3 },
    explanation:
      "GPT-NeoX-20B has 6144-wide layers with 64 heads, so $d = 96$, and rotates the first 25%: 24 dimensions, i.e. 12 pairs, with $\\theta_i$ computed over the rotated width. The authors report that this “strikes the best balance of performance and computational efficiency” in their early experiments; the unrotated dimensions carry content with no position dependence.",
    source: { ...GPT_NEOX_20B, detail: "Rotary embeddings applied to the first 25% of embedding vector dimensions (rotary_pct 0.25)." },
    difficulty: "easy",
    tags: ["partial-rope", "models"],
  },
  {
    key: "rope-partial-neox-tf",
    kind: "true_false",
    topic: "rope",
    title: "Does GPT-NeoX-20B rotate every dimension?",
    prompt: "True or false: GPT-NeoX-20B applies rotary embeddings to every dimension of its query and key heads, as RoFormer does.",
    correct: false,
    explanation:
      "False. GPT-NeoX-20B follows GPT-J and rotates only the first 25% of each head's dimensions (`rotary_pct = 0.25`); the Pythia suite ships the same setting. RoFormer rotates all of them, as do Llama, Mistral and Gemma.",
    source: GPT_NEOX_20B,
    difficulty: "easy",
    tags: ["partial-rope", "models"],
  },
  {
    key: "rope-encodings-history",
    kind: "ordering",
    topic: "rope",
    title: "Position encodings in order of publication",
    prompt: "Order these position-encoding methods by the date their paper (or config) first appeared, earliest first.",
    items: [
      "Sinusoidal encodings (Attention Is All You Need, arXiv 1706.03762)",
      "RoPE (RoFormer, arXiv 2104.09864)",
      "ALiBi (arXiv 2108.12409)",
      "Position Interpolation for RoPE (arXiv 2306.15595)",
      "YaRN (arXiv 2309.00071)",
      "Llama 3.1's “llama3” rope scaling (July 2024 release)",
    ],
    explanation:
      "arXiv numbers start with the year and month of the announcement: 1706 (June 2017), 2104 (April 2021), 2108 (August 2021), 2306 (June 2023), 2309 (September 2023); Llama 3.1 was released in July 2024. Sinusoids were added to the input; RoPE moved position into the query–key rotation; ALiBi replaced it with a distance bias; PI, YaRN and Llama 3.1's scaling are ways to stretch an existing RoPE model.",
    source: ROFORMER,
    difficulty: "medium",
    tags: ["history", "alternatives"],
  },
];
