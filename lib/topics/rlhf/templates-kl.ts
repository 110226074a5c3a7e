import type { TemplateInput } from "@/lib/questions/template-schema";
import { DEEPSEEKMATH, KL_APPROX } from "./sources";

const TOKEN = { logpPolicy: "lp", logpRef: "lr" } as const;

/** Estimating KL(π_θ ‖ π_ref) from sampled tokens: Schulman's k1, k2, k3 and where GRPO puts its KL term. */
export const RLHF_KL_TEMPLATES: TemplateInput[] = [
  {
    key: "rlhf-kl-k3",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "Per-token KL estimate k3",
    prompt:
      "During GRPO training a token is sampled from the policy, which gives it $\\log \\pi_\\theta = {lp}$; the frozen reference model gives it $\\log \\pi_{ref} = {lr}$ (natural logs). GRPO's per-token KL term is Schulman's estimator $k_3 = (r - 1) - \\log r$ with $r = \\pi_{ref}/\\pi_\\theta$. What is $k_3$ for this token?",
    parameters: [
      { kind: "choice", name: "lp", values: [-0.3, -0.8, -1.5] },
      { kind: "choice", name: "lr", values: [-0.1, -0.6, -1.1, -2.4] },
    ],
    answer: { fn: "rlhf.kl_k3", inputs: TOKEN },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "kl-k1-for-k3", answer: { fn: "rlhf.kl_k1", inputs: TOKEN } },
      { misconception: "kl-k2-for-k3", answer: { fn: "rlhf.kl_k2", inputs: TOKEN } },
      { misconception: "kl-ratio-inverted", answer: { fn: "rlhf.kl_k3", inputs: { logpPolicy: "lr", logpRef: "lp" } } },
    ],
    explanation:
      "Compute $\\log r = \\log \\pi_{ref} - \\log \\pi_\\theta$, then $k_3 = (e^{\\log r} - 1) - \\log r$. Because $e^x \\ge 1 + x$, $k_3$ is never negative, and since $\\mathbb{E}_{\\pi_\\theta}[r - 1] = 0$ it has the same mean as the naive $k_1 = -\\log r$, with much lower variance. Inverting the ratio ($r = \\pi_\\theta/\\pi_{ref}$) gives a different, wrong number: the ratio must put the sampling distribution in the denominator.",
    source: { ...DEEPSEEKMATH, detail: "Section 4.1.1, eq. 4: the unbiased KL estimator, after Schulman (2020)." },
    difficulty: "medium",
    tags: ["kl-penalty", "grpo", "estimator"],
  },
  {
    key: "rlhf-kl-k2",
    kind: "numeric",
    topic: "rlhf",
    title: "Per-token KL estimate k2",
    prompt:
      "A token sampled from the policy has $\\log \\pi_\\theta = {lp}$ under the policy and $\\log \\pi_{ref} = {lr}$ under the reference (natural logs). With $r = \\pi_{ref}/\\pi_\\theta$, what is Schulman's estimate $k_2 = \\frac{1}{2}(\\log r)^2$ of this token's contribution to $\\mathrm{KL}(\\pi_\\theta \\,\\|\\, \\pi_{ref})$? Give 3 significant figures.",
    parameters: [
      { kind: "choice", name: "lp", values: [-0.2, -0.9, -2] },
      { kind: "choice", name: "lr", values: [-0.5, -1.4, -3.1] },
    ],
    answer: { fn: "rlhf.kl_k2", inputs: TOKEN },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.0005, relative: 0.005 },
    explanation:
      "Take the log-ratio, square it and halve it. $k_2$ is never negative and has low variance; it is biased, but only slightly when the two policies are close, because $\\frac{1}{2}(\\log r)^2$ matches the KL divergence to second order. In Schulman's Gaussian example ($q = N(0,1)$) its relative bias is about 0.2 % for $p = N(0.1, 1)$ (true KL 0.005) but 25 % for $p = N(1, 1)$ (true KL 0.5).",
    source: { ...KL_APPROX, detail: "Estimator k2 and the table for p = N(0.1, 1) and N(1, 1)." },
    difficulty: "easy",
    tags: ["kl-penalty", "estimator"],
  },
  {
    key: "rlhf-kl-k1-negative",
    kind: "true_false",
    topic: "rlhf",
    title: "Can a per-token KL estimate be negative?",
    prompt:
      "A token sampled from the policy $\\pi_\\theta$ is **more** likely under the reference model than under the policy. True or false: the naive estimate $k_1 = \\log \\pi_\\theta - \\log \\pi_{ref}$ of $\\mathrm{KL}(\\pi_\\theta \\,\\|\\, \\pi_{ref})$ is then negative for this token, even though the KL divergence itself can never be negative.",
    correct: true,
    explanation:
      "True. $k_1 = -\\log r$ with $r = \\pi_{ref}/\\pi_\\theta > 1$ here, so it is negative. $k_1$ is unbiased only on average over samples from $\\pi_\\theta$; individual tokens can go either way, which gives it a high variance. $k_2 = \\frac{1}{2}(\\log r)^2$ and $k_3 = (r - 1) - \\log r$ are never negative. The summed $k_1$ over a response is exactly InstructGPT's sequence log-ratio $\\log \\pi(y|x) - \\log \\pi_{ref}(y|x)$, which can likewise be negative for one sample.",
    source: { ...KL_APPROX, detail: "k1 is negative for about half of the samples when q ≈ p." },
    difficulty: "medium",
    tags: ["kl-penalty", "estimator", "concept"],
  },
  {
    key: "rlhf-kl-estimator-choice",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "The unbiased, non-negative KL estimator",
    prompt:
      "Tokens are sampled from $\\pi_\\theta$ and $r = \\pi_{ref}/\\pi_\\theta$. Which single-sample estimator of $\\mathrm{KL}(\\pi_\\theta \\,\\|\\, \\pi_{ref})$ is both unbiased and never negative?",
    choices: [
      { text: "(r − 1) − log r", correct: true },
      { text: "−log r", correct: false, feedback: "Unbiased, but negative whenever the reference is likelier than the policy: high variance." },
      { text: "½(log r)²", correct: false, feedback: "Never negative and low-variance, but biased: it matches KL only to second order in log r." },
      { text: "r − 1", correct: false, feedback: "Its mean under π_θ is exactly 0: it is the control variate that k3 adds to −log r, not an estimate of KL." },
    ],
    explanation:
      "$k_3 = (r - 1) - \\log r$ adds the zero-mean term $r - 1$ to $k_1 = -\\log r$, so it stays unbiased; and because $\\log r \\le r - 1$, each sample is non-negative. Schulman's note shows it has about the variance of $k_2$ without $k_2$'s bias; DeepSeekMath's GRPO uses it as its per-token KL term.",
    source: { ...KL_APPROX, detail: "Derivation of k3 as k1 plus a control variate." },
    difficulty: "hard",
    tags: ["kl-penalty", "estimator", "concept"],
  },
  {
    key: "rlhf-grpo-kl-placement",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "Where GRPO puts its KL term",
    prompt: "InstructGPT-style PPO subtracts a KL penalty from the reward. Where does GRPO, as introduced in DeepSeekMath, put its KL regularisation instead?",
    choices: [
      { text: "Directly in the loss: β times a per-token k3 estimate of KL to the reference model", correct: true },
      { text: "Nowhere: dropping the critic also drops the KL term", correct: false, feedback: "GRPO keeps a KL to the reference model (coefficient 0.04 in DeepSeekMath); only the value model goes." },
      { text: "In the reward, as PPO does, but estimated with k1", correct: false, feedback: "Keeping it out of the reward is the point: the group-normalised advantage is then computed from the reward alone." },
      { text: "As a KL to the old policy π_old", correct: false, feedback: "π_old enters through the clipped probability ratio; the KL term compares with the frozen reference model." },
    ],
    explanation:
      "DeepSeekMath adds $\\beta\\,\\mathbb{D}_{KL}[\\pi_\\theta \\| \\pi_{ref}]$ to the loss, estimated per token with $\\frac{\\pi_{ref}}{\\pi_\\theta} - \\log\\frac{\\pi_{ref}}{\\pi_\\theta} - 1$ ($k_3$), with $\\beta = 0.04$. Leaving the KL out of the reward keeps the group-relative advantage $(r_i - \\mathrm{mean})/\\mathrm{std}$ a function of the task reward only.",
    source: { ...DEEPSEEKMATH, detail: "Section 4.1.1 (eq. 3–4) and Section 4.2 (KL coefficient 0.04)." },
    difficulty: "hard",
    tags: ["grpo", "kl-penalty"],
  },
];
