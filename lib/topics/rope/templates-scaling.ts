import type { TemplateInput } from "@/lib/questions/template-schema";
import { HF_ROPE_UTILS, LLAMA31_CONFIG, PI, YARN } from "./sources";

/** Llama 3.1's rope_scaling (config.json) and rope_theta, bound as constants. */
const LLAMA31 = { d: 128, base: 500000, factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalContext: 8192 };

/** Templates on running RoPE past its training length: why plain RoPE fails, and PI, NTK, YaRN, Llama 3.1. */
export const ROPE_SCALING_TEMPLATES: TemplateInput[] = [
  {
    key: "rope-extrapolation-claim",
    kind: "true_false",
    topic: "rope",
    title: "Does plain RoPE extrapolate?",
    prompt:
      "True or false: a model pre-trained with plain RoPE on sequences of $L$ tokens keeps its perplexity on sequences several times longer than $L$, with no change to RoPE and no fine-tuning, because RoPE encodes relative positions.",
    correct: false,
    explanation:
      "False. Past $L$ the slow pairs reach rotation angles never seen in training and perplexity blows up; the Position Interpolation paper reports that extrapolating “may lead to catastrophically high attention scores”, and YaRN's abstract states that RoPE models “fail to generalize past the sequence length they were trained on”. That failure is why Position Interpolation, “NTK-aware” scaling, dynamic scaling and YaRN exist. Relative encoding makes each *offset* mean the same everywhere, but offsets larger than $L$ are still new to the model.",
    source: { ...PI, detail: `Abstract; see also ${YARN.title}, abstract and Appendix B.3.` },
    difficulty: "medium",
    tags: ["context-extension", "misconception"],
  },
  {
    key: "rope-pi-bound-mc",
    kind: "multiple_choice",
    topic: "rope",
    title: "Interpolation against extrapolation",
    prompt: "The Position Interpolation paper bounds how far attention scores can stray when a RoPE model meets positions outside its training grid. How does its bound for interpolation compare with the one for extrapolation?",
    choices: [
      { text: "The interpolation bound is at least ~600× smaller", correct: true },
      { text: "They are about equal; interpolation only helps because of fine-tuning", correct: false, feedback: "The paper's point is that interpolated positions stay between trained ones, where scores are far better behaved." },
      { text: "The interpolation bound is about 2× smaller", correct: false, feedback: "The paper reports a much larger gap: at least ~600×." },
      { text: "The extrapolation bound is smaller: unseen angles are harmless", correct: false, feedback: "Extrapolation can produce “catastrophically high attention scores”; that is the failure PI avoids." },
    ],
    explanation:
      "PI divides positions by the extension factor so every angle lies between angles seen in training; its theory shows “the upper bound of interpolation is at least ∼600× smaller than that of extrapolation”, and in practice LLaMA 7B–65B reach 32,768 tokens within 1,000 fine-tuning steps.",
    source: { ...PI, detail: "Abstract (theoretical bound on attention scores)." },
    difficulty: "medium",
    tags: ["context-extension", "position-interpolation"],
  },
  {
    key: "rope-yarn-mscale",
    kind: "numeric",
    topic: "rope",
    title: "YaRN's attention factor",
    prompt:
      "YaRN scales the attention logits by a temperature $t$ with the recommendation $\\sqrt{1/t} = 0.1\\ln(s) + 1$ (natural logarithm), where $s$ is the context extension factor. For $s = {s}$, what is $\\sqrt{1/t}$ (4 significant digits)?",
    parameters: [{ kind: "choice", name: "s", values: [2, 4, 8, 16, 32] }],
    answer: { fn: "rope.yarn_mscale", inputs: { s: "s" } },
    display: { unit: "", digits: 4 },
    tolerance: { relative: 0.002 },
    explanation:
      "$0.1\\ln(s) + 1$: at $s = 8$ this is ≈ 1.208, the value the paper quotes. It grows only logarithmically, so even a 32× extension sharpens attention modestly. Using $\\log_{10}$ instead of $\\ln$ is the usual slip. transformers stores this number as `attention_factor` and multiplies the RoPE cos/sin tables by it, so both $q$ and $k$ carry it.",
    source: { ...YARN, detail: "§3.4, Eq. 22 (fitted on LLaMA 7B–65B); Eq. 25 gives ≈ 1.208 for s = 8." },
    difficulty: "easy",
    tags: ["context-extension", "yarn"],
  },
  {
    key: "rope-yarn-logit-scale",
    kind: "numeric",
    topic: "rope",
    title: "How much YaRN sharpens the logits",
    prompt:
      "YaRN computes $\\text{softmax}\\big(q_m^\\top k_n / (t\\sqrt{|D|})\\big)$ and implements it by multiplying both $q$ and $k$ by $\\sqrt{1/t} = 0.1\\ln(s) + 1$ (natural logarithm). For an extension factor $s = {s}$, by what factor are the attention logits multiplied compared with plain RoPE (3 significant digits)?",
    parameters: [{ kind: "choice", name: "s", values: [2, 4, 8, 16, 32, 64] }],
    answer: { fn: "rope.yarn_logit_scale", inputs: { s: "s" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.005 },
    explanation:
      "Scaling $q$ and $k$ by $\\sqrt{1/t}$ each scales their dot product by $1/t = (0.1\\ln s + 1)^2$: ≈ 1.459 at $s = 8$. Answering with $\\sqrt{1/t}$ alone forgets that both vectors carry the factor. Dividing by a temperature $t < 1$ sharpens the softmax, countering the flatter attention over a longer context; because the factor rides on the RoPE tables, YaRN needs no change to the attention kernel.",
    source: { ...YARN, detail: "§3.4, Eq. 21–22 (the “length scaling” trick)." },
    difficulty: "medium",
    tags: ["context-extension", "yarn"],
  },
  {
    key: "rope-yarn-theta-mc",
    kind: "multiple_choice",
    topic: "rope",
    title: "A pair on YaRN's ramp",
    prompt:
      "Llama 2 (head dimension 128, base 10,000, trained on $L = 4096$ tokens) is extended with YaRN by $s = {s}$. Its frequency part (“NTK-by-parts”) computes $r = L/\\lambda_i$ with $\\lambda_i = 2\\pi/\\theta_i$, a ramp $\\gamma = 0$ for $r < \\alpha = 1$, $\\gamma = 1$ for $r > \\beta = 32$, $\\gamma = (r - \\alpha)/(\\beta - \\alpha)$ in between, and $\\theta_i' = (1-\\gamma)\\theta_i/s + \\gamma\\theta_i$. What is $\\theta_i'$ for pair $i = {i}$, in radians per position?",
    parameters: [
      { kind: "choice", name: "s", values: [4, 8, 16, 32] },
      { kind: "choice", name: "i", values: [24, 28, 32, 36, 40] },
    ],
    answer: { fn: "rope.yarn_theta", inputs: { i: "i", d: 128, base: 10000, s: "s", L: 4096, alpha: 1, beta: 32 } },
    display: { unit: "rad", digits: 3 },
    distractors: [
      { misconception: "all-pairs-interpolated", answer: { fn: "rope.pi_angle", inputs: { m: 1, i: "i", d: 128, base: 10000, factor: "s" } } },
      { misconception: "scaling-ignored", answer: { fn: "rope.theta", inputs: { i: "i", d: 128, base: 10000 } } },
    ],
    explanation:
      "These pairs complete between 1 and 32 turns within 4,096 tokens, so they sit on the ramp and get a blend of the interpolated $\\theta/s$ and the original $\\theta$. Pairs that turn more than 32 times (the fast ones, $i \\le 20$ here) keep $\\theta$ exactly: they only carry relative, local information, which interpolation would blur. Pairs that don't finish one turn ($i \\ge 46$) are divided by $s$, as in Position Interpolation. $\\alpha = 1$, $\\beta = 32$ are the paper's values for Llama; transformers' YaRN (`beta_fast` 32, `beta_slow` 1) rounds the ramp's ends to whole dimensions.",
    source: { ...YARN, detail: "§3.2, Eq. 17–20: α = 1 and β = 32 for the Llama family." },
    difficulty: "hard",
    tags: ["context-extension", "yarn"],
  },
  {
    key: "rope-yarn-ramp-order",
    kind: "ordering",
    topic: "rope",
    title: "Which pairs YaRN slows the most",
    prompt:
      "Llama 2 (head dimension 128, base 10,000, $L = 4096$) is extended with YaRN's NTK-by-parts interpolation, $s = 16$, $\\alpha = 1$, $\\beta = 32$. Order these pairs by how much their frequency is divided, least first.",
    items: ["Pair 0 (wavelength ≈ 6.3 tokens)", "Pair 30 (≈ 471 tokens)", "Pair 38 (≈ 1,490 tokens)", "Pair 63 (≈ 54,400 tokens)"],
    explanation:
      "$r = 4096/\\lambda$: pair 0 turns ≈ 652 times in the context ($r > \\beta$, untouched, ÷1); pair 30 has $r ≈ 8.7$, $\\gamma ≈ 0.25$ (÷ ≈ 3.4); pair 38 has $r ≈ 2.7$, $\\gamma ≈ 0.06$ (÷ ≈ 8.7); pair 63 never completes a turn ($r < \\alpha$) and is divided by the full $s = 16$. The longer the wavelength, the more it is interpolated.",
    source: { ...YARN, detail: "§3.2, Eq. 17–20." },
    difficulty: "hard",
    tags: ["context-extension", "yarn", "wavelength"],
  },
  {
    key: "rope-yarn-which-pairs",
    kind: "multiple_choice",
    topic: "rope",
    title: "Which pairs does NTK-by-parts interpolate?",
    prompt: "YaRN's “NTK-by-parts” interpolation treats RoPE pairs differently depending on their wavelength $\\lambda$ and the original context $L$. Which pairs are interpolated by the full factor $s$, exactly like Position Interpolation?",
    choices: [
      { text: "Those whose wavelength is longer than the original context ($r = L/\\lambda < \\alpha = 1$ for Llama)", correct: true },
      { text: "Those with the shortest wavelengths (highest frequencies)", correct: false, feedback: "Those are left untouched: they encode local, relative position, which interpolation would blur." },
      { text: "All pairs, equally", correct: false, feedback: "That is Position Interpolation itself; YaRN's point is to treat pairs differently." },
      { text: "None: NTK-by-parts only changes the base", correct: false, feedback: "Changing the base is “NTK-aware” scaling; NTK-by-parts divides each pair's frequency by a ramp-dependent amount." },
    ],
    explanation:
      "A pair that doesn't complete one turn within $L$ tokens carries absolute position; YaRN interpolates it fully so it never sees an unseen angle. Pairs with $r > \\beta = 32$ are kept as they are, and those in between get a linear blend.",
    source: { ...YARN, detail: "§3.2" },
    difficulty: "medium",
    tags: ["context-extension", "yarn"],
  },
  {
    key: "rope-yarn-parts-name",
    kind: "short_text",
    topic: "rope",
    title: "YaRN's frequency part",
    prompt: "YaRN is a combination of an attention temperature and a per-frequency interpolation method. What is the name of that interpolation method (three words, hyphenated)?",
    accepted: ["NTK-by-parts", "NTK by parts", "ntk-by-parts interpolation", "NTK by parts interpolation"],
    explanation:
      "“NTK-by-parts” (§3.2): no interpolation for pairs with short wavelengths, full interpolation for wavelengths beyond the context, a ramp in between. YaRN (Definition 3) is NTK-by-parts plus the attention scaling of Eq. 21.",
    source: { ...YARN, detail: "§3.4, Definition 3." },
    difficulty: "medium",
    tags: ["context-extension", "yarn"],
  },
  {
    key: "rope-dynamic-ntk-base",
    kind: "numeric",
    topic: "rope",
    title: "Dynamic NTK: the base at the current length",
    prompt:
      "Hugging Face transformers' “dynamic” rope scaling recomputes the base at every forward pass: with $L$ = `max_position_embeddings`, scaling factor $s$ and current length $l$, it uses $l^* = \\max(l, L)$ and $\\text{base}' = \\text{base}\\cdot(s\\,l^*/L - (s-1))^{d/(d-2)}$. For a Llama 2-style model ($L = 4096$, $d = 128$, base 10,000) with $s = {s}$, what base is used when the sequence has $l = {l}$ tokens (3 significant digits)?",
    parameters: [
      { kind: "choice", name: "s", values: [2, 4] },
      { kind: "choice", name: "l", values: [2048, 6144, 8192, 16384] },
    ],
    answer: { fn: "rope.dynamic_ntk_base", inputs: { base: 10000, s: "s", d: 128, L: 4096, l: "l" } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "Up to $L$ nothing changes, so short prompts are encoded exactly as in training. Beyond it the NTK-aware base change is applied with a factor that grows linearly with $l$ (here $s\\,l/L - (s-1)$; with $s = 1$ it is the paper's $l/L$). Because the base depends on the length, cached keys must be re-rotated (or cached before RoPE) when it changes. The method came from the community (Reddit users bloc97 and emozilla) and is described in YaRN §3.3.",
    source: { ...HF_ROPE_UTILS, detail: `_compute_dynamic_ntk_parameters; ${YARN.title}, §3.3.` },
    difficulty: "hard",
    tags: ["context-extension", "ntk", "dynamic"],
  },
  {
    key: "rope-dynamic-ntk-short",
    kind: "true_false",
    topic: "rope",
    title: "Dynamic NTK on a short prompt",
    prompt: "True or false: with dynamic NTK scaling (transformers' “dynamic” rope type), a sequence no longer than `max_position_embeddings` is encoded exactly as by the model's original RoPE.",
    correct: true,
    explanation:
      "True: the current length is clamped to at least `max_position_embeddings`, which makes the factor $s\\,l/L - (s - 1) = 1$ and leaves the base unchanged. Only longer sequences get a larger base. This is the advantage over a fixed scaling, which changes short-context behaviour too; YaRN §3.3 notes that dynamic scaling lets models degrade gracefully past the trained length without fine-tuning.",
    source: { ...HF_ROPE_UTILS, detail: "_compute_dynamic_ntk_parameters" },
    difficulty: "medium",
    tags: ["context-extension", "ntk", "dynamic"],
  },
  {
    key: "rope-ntk-aware-tf",
    kind: "true_false",
    topic: "rope",
    title: "What NTK-aware scaling does to each pair",
    prompt:
      "True or false: “NTK-aware” scaling with factor $s$ (new base $\\text{base}\\cdot s^{d/(d-2)}$) leaves pair 0's frequency at 1 rad per position and divides the last pair's frequency by exactly $s$.",
    correct: true,
    explanation:
      "True. $\\theta_0 = \\text{base}'^0 = 1$ whatever the base, and the exponent $d/(d-2)$ is chosen so that $\\theta_{d/2-1} = \\text{base}'^{-(d-2)/d}$ shrinks by exactly $s$. Pairs in between are divided by $s^{2i/(d-2)}$: the interpolation “pressure” is spread from none on the fastest pair to full on the slowest, unlike Position Interpolation, which divides all by $s$.",
    source: { ...YARN, detail: "§3.1, Eq. 14–16 and Appendix A.1." },
    difficulty: "easy",
    tags: ["context-extension", "ntk"],
  },
  {
    key: "rope-llama3-wavelength",
    kind: "numeric",
    topic: "rope",
    title: "A Llama 3.1 pair's wavelength after scaling",
    prompt:
      "Llama 3.1 uses RoPE base 500,000, head dimension 128 and “llama3” rope scaling (factor 8, `low_freq_factor` 1, `high_freq_factor` 4, original context 8192): pairs with wavelength $\\lambda < 8192/4$ are left alone, pairs with $\\lambda > 8192/1$ have $\\theta$ divided by 8, and in between $\\theta' = (1-a)\\theta/8 + a\\,\\theta$ with $a = (8192/\\lambda - 1)/(4 - 1)$. What is the wavelength $2\\pi/\\theta'$ of pair $i = {i}$ after scaling, in tokens (3 significant digits)?",
    parameters: [{ kind: "choice", name: "i", values: [10, 28, 29, 30, 32, 34, 35, 50, 63] }],
    answer: { fn: "rope.llama3_wavelength", inputs: { i: "i", ...LLAMA31 } },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "With base 500,000 the original wavelength $2\\pi\\cdot 500000^{i/64}$ stays below 2,048 tokens up to pair 28, so those pairs are unchanged; pairs 35–63 exceed 8,192 and become 8× longer; pairs 29–34 are blended smoothly. The slowest pair's wavelength goes from ≈ 2.56 M to ≈ 20.5 M tokens. The thresholds come from the config values: $8192/1$ and $8192/4$.",
    source: { ...LLAMA31_CONFIG, detail: `rope_scaling values; formula from ${HF_ROPE_UTILS.title}.` },
    difficulty: "hard",
    tags: ["context-extension", "llama3", "wavelength"],
  },
  {
    key: "rope-llama3-theta-mc",
    kind: "multiple_choice",
    topic: "rope",
    title: "A blended pair under Llama 3.1's scaling",
    prompt:
      "Llama 3.1 (base 500,000, head dimension 128) uses “llama3” rope scaling with factor 8, `low_freq_factor` 1, `high_freq_factor` 4 and original context 8192. Pair $i = {i}$ has an original wavelength between 2,048 and 8,192 tokens, so its frequency is blended: $\\theta' = (1-a)\\theta/8 + a\\,\\theta$ with $a = (8192/\\lambda - 1)/3$. What is $\\theta'$, in radians per position?",
    parameters: [{ kind: "choice", name: "i", values: [29, 30, 31, 32, 33, 34] }],
    answer: { fn: "rope.llama3_theta", inputs: { i: "i", ...LLAMA31 } },
    display: { unit: "rad", digits: 3 },
    distractors: [
      { misconception: "all-pairs-interpolated", answer: { fn: "rope.pi_angle", inputs: { m: 1, i: "i", d: 128, base: 500000, factor: 8 } } },
      { misconception: "scaling-ignored", answer: { fn: "rope.theta", inputs: { i: "i", d: 128, base: 500000 } } },
    ],
    explanation:
      "The blend weight $a$ is 1 at $\\lambda = 2048$ (untouched) and 0 at $\\lambda = 8192$ (fully divided by 8), so the frequency slides smoothly between $\\theta$ and $\\theta/8$ — no jump between neighbouring pairs. Only 6 of Llama 3.1's 64 pairs (29–34) fall in this band.",
    source: { ...HF_ROPE_UTILS, detail: "_compute_llama3_parameters; values from the Llama 3.1 config.json rope_scaling." },
    difficulty: "hard",
    tags: ["context-extension", "llama3"],
  },
  {
    key: "rope-llama3-bands",
    kind: "multiple_choice",
    topic: "rope",
    title: "Llama 3.1's three frequency bands",
    prompt: "Llama 3.1's “llama3” rope scaling uses factor 8, `low_freq_factor` 1, `high_freq_factor` 4 and `original_max_position_embeddings` 8192. Which RoPE pairs does it leave completely unchanged?",
    choices: [
      { text: "Pairs whose wavelength is shorter than 8192/4 = 2,048 tokens", correct: true },
      { text: "Pairs whose wavelength is longer than 8,192 tokens", correct: false, feedback: "Those are the low-frequency pairs: their θ is divided by the factor 8." },
      { text: "None: every pair is divided by 8, as in Position Interpolation", correct: false, feedback: "Only long wavelengths get the full factor; short ones are kept, and the band in between is blended." },
      { text: "Pairs whose wavelength is shorter than 8192/8 = 1,024 tokens", correct: false, feedback: "The threshold uses high_freq_factor (4), not the scaling factor: 8192/4 = 2,048." },
    ],
    explanation:
      "transformers' `_compute_llama3_parameters`: wavelength < original/high_freq_factor = 2,048 → unchanged; > original/low_freq_factor = 8,192 → θ/8; in between a smooth blend. The idea matches YaRN's: fast pairs encode local order and must not be squeezed, slow pairs carry long-range position and are interpolated.",
    source: { ...HF_ROPE_UTILS, detail: "_compute_llama3_parameters" },
    difficulty: "medium",
    tags: ["context-extension", "llama3"],
  },
];
