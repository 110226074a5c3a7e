import type { TemplateInput } from "@/lib/questions/template-schema";
import { IPO, KTO, SIMPO } from "./sources";

const SIMPO_INPUTS = { beta: "beta", gamma: "gamma", logpChosen: "lw", lenChosen: "nw", logpRejected: "ll", lenRejected: "nl" } as const;

/** Successors of DPO: what SimPO, IPO and KTO change in the loss or in the data they need. */
export const RLHF_METHOD_TEMPLATES: TemplateInput[] = [
  {
    key: "rlhf-simpo-loss",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "SimPO loss on one preference pair",
    prompt:
      "SimPO scores a response by its **average** log-probability under the policy. The chosen response has $\\log \\pi_\\theta(y_w \\mid x) = {lw}$ over $|y_w| = {nw}$ tokens; the rejected one has $\\log \\pi_\\theta(y_l \\mid x) = {ll}$ over $|y_l| = {nl}$ tokens (natural logs, summed over tokens). With $\\beta = {beta}$ and target margin $\\gamma = {gamma}$, what is the loss $-\\ln \\sigma\\big(\\frac{\\beta}{|y_w|}\\log \\pi_\\theta(y_w \\mid x) - \\frac{\\beta}{|y_l|}\\log \\pi_\\theta(y_l \\mid x) - \\gamma\\big)$?",
    parameters: [
      { kind: "choice", name: "lw", values: [-150, -240] },
      { kind: "choice", name: "nw", values: [200, 300] },
      { kind: "choice", name: "ll", values: [-90, -75] },
      { kind: "choice", name: "nl", values: [60, 40] },
      { kind: "choice", name: "beta", values: [2, 2.5] },
      { kind: "choice", name: "gamma", values: [0.5, 1] },
    ],
    answer: { fn: "rlhf.simpo_loss", inputs: SIMPO_INPUTS },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "simpo-no-length-norm", answer: { fn: "rlhf.simpo_loss", inputs: { ...SIMPO_INPUTS, lenChosen: 1, lenRejected: 1 } } },
      { misconception: "simpo-no-margin", answer: { fn: "rlhf.simpo_loss", inputs: { ...SIMPO_INPUTS, gamma: 0 } } },
      { misconception: "sigmoid-swapped", answer: { fn: "rlhf.simpo_loss", inputs: { beta: "beta", gamma: "gamma", logpChosen: "ll", lenChosen: "nl", logpRejected: "lw", lenRejected: "nw" } } },
    ],
    explanation:
      "Divide each summed log-probability by its length, take chosen minus rejected, scale by $\\beta$, subtract the margin $\\gamma$, and apply $-\\ln\\sigma$. Without the length normalisation the longer response is penalised for every extra token, so the sums can rank a long good answer below a short bad one. SimPO needs no reference model: the implicit reward is the policy's own average log-probability, which matches how the model generates.",
    source: { ...SIMPO, detail: "The SimPO objective: length-normalised reward and target margin γ." },
    difficulty: "hard",
    tags: ["simpo", "dpo", "loss"],
  },
  {
    key: "rlhf-simpo-reference-model",
    kind: "true_false",
    topic: "rlhf",
    title: "Does SimPO need a reference model?",
    prompt: "True or false: like DPO, SimPO computes its implicit reward as a log-ratio against a frozen reference model, so training needs both the policy and a reference copy.",
    correct: false,
    explanation:
      "False. SimPO is reference-free: its implicit reward is $\\frac{\\beta}{|y|}\\log \\pi_\\theta(y \\mid x)$, the policy's average log-probability, so no second model has to be kept in memory or run. It adds a target margin $\\gamma$ that the reward difference between chosen and rejected responses should exceed.",
    source: { ...SIMPO, detail: "Abstract: a reference-free reward." },
    difficulty: "easy",
    tags: ["simpo", "dpo", "concept"],
  },
  {
    key: "rlhf-ipo-loss",
    kind: "numeric",
    topic: "rlhf",
    title: "IPO loss on one preference pair",
    prompt:
      "IPO replaces DPO's logistic loss by a squared one. For a pair, the policy gives $\\log \\pi_\\theta(y_w) = {pc}$ and $\\log \\pi_\\theta(y_l) = {pr}$; the reference gives $\\log \\pi_{ref}(y_w) = {rc}$ and $\\log \\pi_{ref}(y_l) = {rr}$ (natural logs, summed over tokens). With $h = (\\log \\pi_\\theta(y_w) - \\log \\pi_{ref}(y_w)) - (\\log \\pi_\\theta(y_l) - \\log \\pi_{ref}(y_l))$ and $\\tau = {tau}$, what is the loss $\\big(h - \\frac{1}{2\\tau}\\big)^2$?",
    parameters: [
      { kind: "choice", name: "pc", values: [-20, -24] },
      { kind: "choice", name: "pr", values: [-26, -30] },
      { kind: "choice", name: "rc", values: [-22, -25] },
      { kind: "choice", name: "rr", values: [-24, -27] },
      { kind: "choice", name: "tau", values: [0.1, 0.25, 0.5] },
    ],
    answer: { fn: "rlhf.ipo_loss", inputs: { tau: "tau", policyChosen: "pc", policyRejected: "pr", refChosen: "rc", refRejected: "rr" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.01, relative: 0.005 },
    explanation:
      "$h$ is the same log-ratio margin DPO uses (without the factor $\\beta$). IPO regresses it onto the fixed target $1/(2\\tau)$: the loss is 0 exactly there and grows again if the margin overshoots. DPO's $-\\ln\\sigma(\\beta h)$ instead keeps falling as $h \\to \\infty$, which with deterministic preferences drives $\\pi(y_l)$ towards 0 whatever $\\beta$ is. In TRL's implementation the `beta` argument plays the role of $\\tau$.",
    source: { ...IPO, detail: "Eq. 17: the sampled IPO loss (h − τ⁻¹/2)²." },
    difficulty: "hard",
    tags: ["ipo", "dpo", "loss"],
  },
  {
    key: "rlhf-ipo-overfitting",
    kind: "true_false",
    topic: "rlhf",
    title: "Does IPO's loss keep rewarding a larger margin?",
    prompt:
      "True or false: like DPO's loss, IPO's loss keeps decreasing as the log-ratio margin $h$ between the chosen and rejected responses grows, so on preferences that are always the same way round it also pushes $\\pi(y_l)$ towards 0.",
    correct: false,
    explanation:
      "False. Azar et al. show that DPO can over-fit when preferences are deterministic (the KL regularisation to the reference becomes ineffective), and propose IPO to fix it: its squared loss $(h - \\frac{1}{2\\tau})^2$ has its minimum at a finite margin $1/(2\\tau)$ and penalises overshooting, so $\\tau$ keeps controlling how far the policy moves from the reference.",
    source: { ...IPO, detail: "Analysis of DPO under deterministic preferences, and the IPO objective." },
    difficulty: "medium",
    tags: ["ipo", "dpo", "concept"],
  },
  {
    key: "rlhf-kto-data",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "What data KTO learns from",
    prompt: "DPO learns from pairs (chosen, rejected) of responses to the same prompt. What feedback does KTO need instead?",
    choices: [
      { text: "One binary label per response: desirable or undesirable for its prompt", correct: true },
      { text: "A full ranking of K responses per prompt, as InstructGPT collected", correct: false, feedback: "Rankings give C(K,2) pairs for a pairwise loss; KTO works on unpaired responses." },
      { text: "A scalar reward from a trained reward model for every token", correct: false, feedback: "KTO is an offline loss on labelled outputs; it trains no reward model and needs no per-token reward." },
      { text: "Demonstrations only, as in supervised fine-tuning", correct: false, feedback: "KTO needs undesirable examples as well as desirable ones; SFT learns only from good ones." },
    ],
    explanation:
      "KTO maximises a prospect-theory utility of each output relative to a reference point (an estimate of the KL between policy and reference), with separate weights for desirable and undesirable examples. Because it needs only a thumbs-up or thumbs-down per output, it can use feedback that is far easier to collect than paired preferences; the paper reports it matching or beating DPO from 1B to 30B parameters.",
    source: { ...KTO, detail: "Abstract and the definition of the KTO loss." },
    difficulty: "medium",
    tags: ["kto", "dpo", "data"],
  },
  {
    key: "rlhf-kto-name",
    kind: "short_text",
    topic: "rlhf",
    title: "The theory KTO is named after",
    prompt:
      "KTO models how humans value gains and losses relative to a reference point, with losses weighing more than equal gains (prospect theory). Which two researchers, whose initials give the method its K and T, developed prospect theory? (surnames)",
    accepted: ["Kahneman and Tversky", "Kahneman-Tversky", "Kahneman Tversky", "Kahneman & Tversky", "Kahneman–Tversky", "Tversky and Kahneman", "Tversky-Kahneman"],
    explanation:
      "Daniel Kahneman and Amos Tversky. KTO (Kahneman–Tversky Optimisation) plugs a prospect-theoretic value function into alignment: a human-aware loss whose utility of an output depends on whether it is a gain or a loss relative to the reference point.",
    source: { ...KTO, detail: "Background on prospect theory; human-aware losses (HALOs)." },
    difficulty: "medium",
    tags: ["kto", "concept"],
  },
];
