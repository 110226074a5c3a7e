import type { TemplateInput } from "@/lib/questions/template-schema";
import { DEEPSEEKMATH, GAE, PPO } from "./sources";

const GAE_INPUTS = { r0: "r0", r1: "r1", r2: "r2", v0: "v0", v1: "v1", v2: "v2", v3: "v3", gamma: "gamma", lambda: "lambda" } as const;

/** Advantages: GAE over a short trajectory, its λ limits, the critic's loss, and GRPO's group baseline. */
export const RLHF_ADVANTAGE_TEMPLATES: TemplateInput[] = [
  {
    key: "rlhf-gae-advantage",
    kind: "numeric",
    topic: "rlhf",
    title: "GAE advantage over three steps",
    prompt:
      "A PPO learner estimates advantages with GAE. Over three steps of a trajectory the rewards are $r_0 = {r0}$, $r_1 = {r1}$, $r_2 = {r2}$, and the critic's values are $V(s_0) = {v0}$, $V(s_1) = {v1}$, $V(s_2) = {v2}$ and $V(s_3) = {v3}$ (the state after step 2, used to bootstrap). With $\\gamma = {gamma}$ and $\\lambda = {lambda}$, what is $\\hat A_0 = \\sum_{l=0}^{2} (\\gamma\\lambda)^l \\delta_l$, where $\\delta_t = r_t + \\gamma V(s_{t+1}) - V(s_t)$? Give 3 significant figures.",
    parameters: [
      { kind: "choice", name: "r0", values: [-0.2, 0, 0.1, 0.3] },
      { kind: "choice", name: "r1", values: [-0.1, 0, 0.2] },
      { kind: "choice", name: "r2", values: [0, 0.5, 1, 1.5] },
      { kind: "choice", name: "v0", values: [0.2, 0.4, 0.6] },
      { kind: "choice", name: "v1", values: [0.3, 0.5, 0.8] },
      { kind: "choice", name: "v2", values: [0.4, 0.7, 1] },
      { kind: "choice", name: "v3", values: [0, 0.2, 0.5] },
      { kind: "choice", name: "gamma", values: [0.9, 0.95, 0.99, 1] },
      { kind: "choice", name: "lambda", values: [0.8, 0.9, 0.95] },
    ],
    answer: { fn: "rlhf.gae_advantage", inputs: GAE_INPUTS },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.002, relative: 0.005 },
    explanation:
      "First the three TD errors $\\delta_t = r_t + \\gamma V(s_{t+1}) - V(s_t)$: each says how much better step $t$ went than the critic expected. GAE then sums them with geometrically decaying weights $(\\gamma\\lambda)^l$. The usual slips are to stop at $\\delta_0$ (that is $\\lambda = 0$), to forget to discount the later $\\delta$s, or to add raw rewards instead of TD errors. PPO's MuJoCo runs used $\\gamma = 0.99$, $\\lambda = 0.95$.",
    source: { ...GAE, detail: "Section 3, eq. 16: Â_t = Σ_l (γλ)^l δ_{t+l}." },
    difficulty: "hard",
    tags: ["gae", "advantage", "ppo"],
  },
  {
    key: "rlhf-gae-td-error",
    kind: "numeric",
    topic: "rlhf",
    title: "One-step TD error (GAE with λ = 0)",
    prompt:
      "The critic values the current state at $V(s_t) = {v0}$ and the next state at $V(s_{t+1}) = {v1}$. The step earns reward $r_t = {r0}$ and the discount is $\\gamma = {gamma}$. What is the TD error $\\delta_t = r_t + \\gamma V(s_{t+1}) - V(s_t)$, which is also GAE's advantage when $\\lambda = 0$?",
    parameters: [
      { kind: "float", name: "r0", min: -1, max: 1, step: 0.25 },
      { kind: "choice", name: "v0", values: [0.1, 0.4, 0.9, 1.3] },
      { kind: "choice", name: "v1", values: [0.2, 0.5, 1.1] },
      { kind: "choice", name: "gamma", values: [0.9, 0.99, 1] },
    ],
    answer: { fn: "rlhf.gae_advantage", inputs: { r0: "r0", r1: 0, r2: 0, v0: "v0", v1: "v1", v2: 0, v3: 0, gamma: "gamma", lambda: 0 } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.002 },
    explanation:
      "With $\\lambda = 0$ every later term $(\\gamma\\lambda)^l \\delta_{t+l}$ vanishes and the advantage is the one-step TD error: the reward plus the discounted value of where you landed, minus what the critic expected here. It has low variance (one real reward) but inherits any error in $V$, which is why GAE usually takes $\\lambda$ close to 1.",
    source: { ...GAE, detail: "Eq. 17: GAE(γ, 0) is δ_t." },
    difficulty: "easy",
    tags: ["gae", "advantage"],
  },
  {
    key: "rlhf-gae-monte-carlo",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "GAE with λ = 1 on an RLHF response",
    prompt:
      "An RLHF response has three tokens. The per-token rewards are KL penalties $r_0 = {r0}$ and $r_1 = {r1}$; the last token also receives the reward model's score, so $r_2 = {r2}$. The response ends there ($V(s_3) = 0$). The critic predicts $V(s_0) = {v0}$, $V(s_1) = {v1}$, $V(s_2) = {v2}$ and $\\gamma = {gamma}$. What is the GAE advantage $\\hat A_0$ of the first token with $\\lambda = 1$?",
    parameters: [
      { kind: "choice", name: "r0", values: [-0.02, -0.05] },
      { kind: "choice", name: "r1", values: [-0.01, -0.04] },
      { kind: "choice", name: "r2", values: [0.8, 1.2, 2] },
      { kind: "choice", name: "v0", values: [0.3, 0.6, 0.9] },
      { kind: "choice", name: "v1", values: [0.5, 1] },
      { kind: "choice", name: "v2", values: [0.7, 1.4] },
      { kind: "choice", name: "gamma", values: [0.8, 0.9, 0.95] },
    ],
    answer: { fn: "rlhf.gae_advantage", inputs: { r0: "r0", r1: "r1", r2: "r2", v0: "v0", v1: "v1", v2: "v2", v3: 0, gamma: "gamma", lambda: 1 } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "gae-td-only", answer: { fn: "rlhf.gae_advantage", inputs: { r0: "r0", r1: "r1", r2: "r2", v0: "v0", v1: "v1", v2: "v2", v3: 0, gamma: "gamma", lambda: 0 } } },
      { misconception: "gae-no-discount", answer: { fn: "rlhf.gae_advantage", inputs: { r0: "r0", r1: "r1", r2: "r2", v0: "v0", v1: "v1", v2: "v2", v3: 0, gamma: 1, lambda: 1 } } },
      { misconception: "gae-no-baseline", answer: { fn: "rlhf.gae_advantage", inputs: { r0: "r0", r1: "r1", r2: "r2", v0: 0, v1: "v1", v2: "v2", v3: 0, gamma: "gamma", lambda: 1 } } },
    ],
    explanation:
      "With $\\lambda = 1$ the TD errors telescope: $\\hat A_0 = r_0 + \\gamma r_1 + \\gamma^2 r_2 + \\gamma^3 V(s_3) - V(s_0)$, the discounted return minus the critic's baseline, and the intermediate values $V(s_1)$, $V(s_2)$ drop out. This estimate is unbiased whatever the critic, but has the highest variance; $\\lambda = 0$ gives the one-step TD error instead.",
    source: { ...GAE, detail: "Eq. 18: GAE(γ, 1) = Σ_l γ^l r_{t+l} − V(s_t)." },
    difficulty: "medium",
    tags: ["gae", "advantage", "ppo"],
  },
  {
    key: "rlhf-gae-lambda-tradeoff",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "What raising GAE's λ does",
    prompt: "In generalized advantage estimation, what happens as $\\lambda$ is raised from 0 towards 1 (with $\\gamma$ fixed)?",
    choices: [
      { text: "The estimate leans less on the critic: less bias when V is inaccurate, but more variance", correct: true },
      { text: "Both bias and variance fall, so λ = 1 is always best", correct: false, feedback: "λ = 1 sums many noisy rewards, which raises the variance; that is the price of removing the critic's bias." },
      { text: "It changes the discount the policy optimises, like γ", correct: false, feedback: "γ sets the discount; the GAE paper notes that λ < 1 adds bias only when the value function is inaccurate." },
      { text: "The estimate relies more on the critic, lowering variance", correct: false, feedback: "That is lowering λ: at λ = 0 the advantage is the one-step TD error, which trusts V(s_{t+1}) entirely." },
    ],
    explanation:
      "$\\lambda = 0$ gives $\\delta_t$, which uses one real reward and trusts the critic for the rest (low variance, biased if $V$ is wrong). $\\lambda = 1$ gives the discounted return minus $V(s_t)$, which uses the critic only as a baseline (no bias from $V$, high variance). Values in between, such as 0.95, trade the two.",
    source: { ...GAE, detail: "Section 3: the bias–variance trade-off controlled by λ." },
    difficulty: "medium",
    tags: ["gae", "advantage", "concept"],
  },
  {
    key: "rlhf-value-loss",
    kind: "numeric",
    topic: "rlhf",
    title: "PPO critic loss on one state",
    prompt:
      "PPO's critic predicts $V(s_t) = {v}$ for a state whose target return is $V_t^{targ} = {t}$ (the GAE advantage plus the old value estimate). What is the squared-error value loss $(V(s_t) - V_t^{targ})^2$ on this state? (No $\\frac{1}{2}$ factor, no value clipping.)",
    parameters: [
      { kind: "float", name: "v", min: -0.5, max: 1.5, step: 0.25 },
      { kind: "float", name: "t", min: -1, max: 2, step: 0.5 },
    ],
    answer: { fn: "rlhf.value_loss", inputs: { value: "v", target: "t" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001 },
    explanation:
      "The critic is a regression model: its loss is the squared difference between prediction and target, $L^{VF} = (V_\\theta(s_t) - V_t^{targ})^2$. PPO trains it alongside the policy (in a shared network the two losses are summed with a coefficient). In RLHF the critic is usually a second network about as large as the policy, which is the cost GRPO removes.",
    source: { ...PPO, detail: "Eq. 9: L^VF = (V_θ(s_t) − V_t^targ)²." },
    difficulty: "easy",
    tags: ["ppo", "value-model", "loss"],
  },
  {
    key: "rlhf-grpo-uniform-group",
    kind: "true_false",
    topic: "rlhf",
    title: "A GRPO group where every answer scores the same",
    prompt:
      "GRPO samples a group of answers to one math question and every answer gets the same reward (all correct, or all wrong). True or false: with group-normalised advantages $(r_i - \\mathrm{mean})/\\mathrm{std}$, this question then contributes no reward signal to the policy update, only the KL term.",
    correct: true,
    explanation:
      "True. Every reward equals the mean, so every advantage is 0 (implementations add a small $\\varepsilon$ to the standard deviation to avoid 0/0). GRPO learns only from differences within a group: questions that are always solved or never solved teach nothing, which is why the group must be large enough to contain both outcomes.",
    source: { ...DEEPSEEKMATH, detail: "Section 4.1.2: outcome supervision normalises rewards within the group." },
    difficulty: "medium",
    tags: ["grpo", "advantage"],
  },
  {
    key: "rlhf-grpo-group-size",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "DeepSeekMath's GRPO group size",
    prompt: "In DeepSeekMath's GRPO training, how many outputs were sampled for each question to form a group?",
    choices: [
      { text: "64", correct: true },
      { text: "2, as in a preference pair", correct: false, feedback: "Two samples give a very noisy mean and standard deviation; DeepSeekMath used 64." },
      { text: "1, scored against the critic's value", correct: false, feedback: "GRPO has no critic; with one sample the group baseline is the sample itself and the advantage is 0." },
      { text: "4 to 9, as in InstructGPT's rankings", correct: false, feedback: "K = 4–9 is how many outputs InstructGPT's labelers ranked per prompt, not a GRPO group." },
    ],
    explanation:
      "DeepSeekMath samples 64 outputs per question. The group's mean reward replaces the critic's baseline, so the group has to be large enough for its mean and standard deviation to be meaningful: the cost moves from training a value network to sampling more outputs.",
    source: { ...DEEPSEEKMATH, detail: "Section 4.2: training setup of the RL stage." },
    difficulty: "easy",
    tags: ["grpo"],
  },
];
