import type { TemplateInput } from "@/lib/questions/template-schema";
import { DEEPSEEKMATH, DPO, INSTRUCTGPT, LLAMA2, LLAMA3, PPO } from "./sources";
import { RLHF_ADVANTAGE_TEMPLATES } from "./templates-advantage";
import { RLHF_KIND_TEMPLATES } from "./templates-kinds";
import { RLHF_KL_TEMPLATES } from "./templates-kl";
import { RLHF_METHOD_TEMPLATES } from "./templates-methods";
import { RLHF_OVEROPTIMIZATION_TEMPLATES } from "./templates-overoptimization";
import { RLHF_PIPELINE_TEMPLATES } from "./templates-pipeline";

/** The first edition's templates: reward models, InstructGPT, PPO, DPO, GRPO. Content follows the project's topic facts. */
const CORE_TEMPLATES: TemplateInput[] = [
  // ── Reward modelling ────────────────────────────────────────────────────────
  {
    key: "rlhf-preference-pairs",
    kind: "numeric",
    topic: "rlhf",
    title: "Comparison pairs from one ranking",
    prompt:
      "InstructGPT's labelers rank $K = {k}$ model outputs for one prompt from best to worst. How many (chosen, rejected) comparison pairs does this single ranking give the reward model? Each unordered pair of outputs counts once.",
    parameters: [{ kind: "int", name: "k", min: 4, max: 9 }],
    answer: { fn: "rlhf.preference_pairs", inputs: { k: "k" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Every unordered pair of the $K$ ranked outputs is one comparison: $\\binom{K}{2} = K(K-1)/2$, so $K = 4$ gives 6 and $K = 9$ gives 36. Because the pairs of one prompt are strongly correlated, InstructGPT puts all $\\binom{K}{2}$ of them into a single batch element instead of shuffling them into the dataset (which made the reward model overfit).",
    source: { ...INSTRUCTGPT, detail: "Reward modeling: labelers rank K = 4 to 9 outputs per prompt." },
    difficulty: "easy",
    tags: ["reward-model", "counting", "instructgpt"],
  },
  {
    key: "rlhf-bt-probability",
    kind: "numeric",
    topic: "rlhf",
    title: "Bradley–Terry preference probability",
    prompt:
      "A reward model scores two responses to the same prompt: the chosen one gets $r_c = {rc}$, the rejected one $r_r = {rr}$. Under the Bradley–Terry model, what probability does the reward model assign to the chosen response being preferred? Give a number between 0 and 1 (3 significant figures).",
    parameters: [
      { kind: "float", name: "rc", min: -2, max: 3, step: 0.5 },
      { kind: "float", name: "rr", min: -2, max: 3, step: 0.5 },
    ],
    answer: { fn: "rlhf.bt_probability", inputs: { rChosen: "rc", rRejected: "rr" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001 },
    explanation:
      "Bradley–Terry turns a reward difference into a probability with the logistic function: $P(c \\succ r) = \\sigma(r_c - r_r) = 1/(1 + e^{-(r_c - r_r)})$. Only the margin matters; equal rewards give 0.5, and a negative margin (the model prefers the rejected response) gives less than 0.5.",
    source: { ...INSTRUCTGPT, detail: "Reward-model loss: log σ(r(x, y_w) − r(x, y_l))." },
    difficulty: "easy",
    tags: ["reward-model", "bradley-terry", "probability"],
  },
  {
    key: "rlhf-rm-loss",
    kind: "numeric",
    topic: "rlhf",
    title: "Reward-model loss on one pair",
    prompt:
      "During reward-model training, a (chosen, rejected) pair gets rewards $r_c = {rc}$ and $r_r = {rr}$. What is the pairwise loss $-\\ln \\sigma(r_c - r_r)$ on this pair, in nats (natural logarithm)? Give 3 significant figures.",
    parameters: [
      { kind: "float", name: "rc", min: -2, max: 3, step: 0.5 },
      { kind: "float", name: "rr", min: -2, max: 3, step: 0.5 },
    ],
    answer: { fn: "rlhf.rm_loss", inputs: { rChosen: "rc", rRejected: "rr" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001, relative: 0.005 },
    explanation:
      "The loss is $-\\ln \\sigma(m) = \\ln(1 + e^{-m})$ with margin $m = r_c - r_r$. It is $\\ln 2 \\approx 0.693$ when the model can't tell the responses apart, falls towards 0 as the margin grows, and grows roughly like $|m|$ when the model ranks the pair the wrong way round. InstructGPT averages it over the $\\binom{K}{2}$ pairs of each prompt.",
    source: { ...INSTRUCTGPT, detail: "Reward-model loss, averaged over the C(K,2) comparisons of a prompt." },
    difficulty: "medium",
    tags: ["reward-model", "bradley-terry", "loss"],
  },
  {
    key: "rlhf-bt-shift-invariance",
    kind: "true_false",
    topic: "rlhf",
    title: "Adding a constant to both rewards",
    prompt:
      "A reward model scores a chosen response $r_c = 1.5$ and a rejected one $r_r = 0.5$. True or false: if a constant 5 is added to **both** rewards, the Bradley–Terry probability that the chosen response is preferred goes up.",
    correct: false,
    explanation:
      "False. $P = \\sigma(r_c - r_r)$ depends only on the difference, which stays 1 ($\\sigma(1) \\approx 0.731$ either way). That is why a reward model's scale has no fixed zero; InstructGPT normalises its reward model with a bias so that labeler demonstrations score 0 on average before RL.",
    source: INSTRUCTGPT,
    difficulty: "medium",
    tags: ["reward-model", "bradley-terry", "concept"],
  },
  {
    key: "rlhf-bradley-terry-name",
    kind: "short_text",
    topic: "rlhf",
    title: "The pairwise preference model",
    prompt:
      "Reward models are trained with a pairwise model of preferences: $P(a \\succ b) = \\sigma(r_a - r_b)$, the probability that $a$ is preferred depends only on the difference of the two scores. What is this model called (two surnames)?",
    accepted: ["Bradley–Terry", "Bradley-Terry", "Bradley Terry", "Bradley–Terry model", "Bradley-Terry model", "BT model"],
    explanation:
      "The Bradley–Terry model (Bradley and Terry, 1952) for paired comparisons. InstructGPT's reward-model loss $-\\ln \\sigma(r_c - r_r)$ is its negative log-likelihood, and DPO starts from the same model.",
    source: { ...DPO, detail: "Section 3: the Bradley–Terry preference model." },
    difficulty: "easy",
    tags: ["reward-model", "bradley-terry", "concept"],
  },

  // ── InstructGPT pipeline and the KL-penalised objective ─────────────────────
  {
    key: "rlhf-instructgpt-stages",
    kind: "ordering",
    topic: "rlhf",
    title: "InstructGPT's three stages",
    prompt: "Put the steps of InstructGPT's training pipeline in order, first step first.",
    items: [
      "Labelers write demonstrations; GPT-3 is fine-tuned on them (supervised fine-tuning, SFT)",
      "Labelers rank several sampled outputs per prompt",
      "A reward model is trained on the comparisons from those rankings",
      "The SFT model is optimised with PPO against the reward model, with a KL penalty to the SFT model",
    ],
    explanation:
      "Stage 1 is supervised fine-tuning on demonstrations. Stage 2 collects rankings of model outputs and trains a reward model on them (Bradley–Terry loss). Stage 3 runs PPO on the policy, initialised from the SFT model, to maximise the reward minus a KL penalty that keeps it close to the SFT model. Stages 2 and 3 can be iterated.",
    source: { ...INSTRUCTGPT, detail: "Figure 2: the three steps of the method." },
    difficulty: "easy",
    tags: ["pipeline", "instructgpt"],
  },
  {
    key: "rlhf-instructgpt-small-beats-large",
    kind: "true_false",
    topic: "rlhf",
    title: "1.3B InstructGPT versus 175B GPT-3",
    prompt:
      "True or false: in OpenAI's human evaluations, labelers preferred outputs of the 1.3B-parameter InstructGPT model to those of the 175B-parameter GPT-3, despite it having about 100× fewer parameters.",
    correct: true,
    explanation:
      "True. The InstructGPT paper reports that outputs of the 1.3B InstructGPT model were preferred to those of 175B GPT-3 on its prompt distribution: fine-tuning with human feedback mattered more than a 100× larger model trained only to predict the next token.",
    source: { ...INSTRUCTGPT, detail: "Abstract and Section 4.1." },
    difficulty: "easy",
    tags: ["instructgpt", "models"],
  },
  {
    key: "rlhf-kl-penalized-reward",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "KL-penalised reward of one sample",
    prompt:
      "During the PPO stage, the policy samples a response $y$ with $\\log \\pi(y \\mid x) = {lp}$ (natural log, summed over its tokens); the frozen SFT reference model gives it $\\log \\pi_{ref}(y \\mid x) = {lr}$. The reward model scores it $r = {r}$ and the KL coefficient is $\\beta = {beta}$. What KL-penalised reward does this sample get (InstructGPT's RL objective, without the pretraining term of PPO-ptx)?",
    parameters: [
      { kind: "float", name: "r", min: -1, max: 3, step: 0.5 },
      { kind: "choice", name: "lp", values: [-40, -32, -25, -18] },
      { kind: "choice", name: "lr", values: [-44, -36, -30, -27, -21] },
      { kind: "choice", name: "beta", values: [0.02, 0.05, 0.1] },
    ],
    answer: { fn: "rlhf.kl_penalized_reward", inputs: { reward: "r", logpPolicy: "lp", logpRef: "lr", beta: "beta" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "kl-sign", answer: { fn: "rlhf.kl_penalized_reward", inputs: { reward: "r", logpPolicy: "lr", logpRef: "lp", beta: "beta" } } },
      { misconception: "forgot-beta", answer: { fn: "rlhf.kl_penalized_reward", inputs: { reward: "r", logpPolicy: "lp", logpRef: "lr", beta: 1 } } },
      { misconception: "kl-ignored", answer: { fn: "rlhf.kl_penalized_reward", inputs: { reward: "r", logpPolicy: "lp", logpRef: "lp", beta: "beta" } } },
    ],
    explanation:
      "PPO maximises $r(x, y) - \\beta \\log \\frac{\\pi(y \\mid x)}{\\pi_{ref}(y \\mid x)}$: subtract $\\beta$ times the log-ratio (policy minus reference). The log-ratio of one sample can be negative, but its expectation over the policy's samples is the KL divergence, which is never negative; the penalty stops the policy drifting far from the SFT model to exploit the reward model.",
    source: { ...INSTRUCTGPT, detail: "Equation 2: the RL objective with KL penalty β and pretraining coefficient γ." },
    difficulty: "medium",
    tags: ["kl-penalty", "ppo", "objective"],
  },
  {
    key: "rlhf-kl-reference-model",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "What the KL penalty is measured against",
    prompt: "In InstructGPT's PPO stage, the KL penalty $\\beta \\log(\\pi / \\pi_{ref})$ compares the policy with which model?",
    choices: [
      { text: "The supervised fine-tuned (SFT) model, kept frozen", correct: true },
      { text: "The pretrained GPT-3 base model", correct: false, feedback: "GPT-3's pretraining data enter only through PPO-ptx's extra log-likelihood term (weight γ); the KL reference is the SFT model." },
      { text: "The reward model", correct: false, feedback: "The reward model outputs one score per response, not a distribution over tokens; it supplies r, not π_ref." },
      {
        text: "The policy from before the current update (π_old)",
        correct: false,
        feedback: "π_old is the denominator of PPO's probability ratio ρ and changes every iteration; the KL reference stays fixed for the whole run.",
      },
    ],
    explanation:
      "The policy is initialised from the SFT model and penalised by $\\beta \\log(\\pi^{RL}/\\pi^{SFT})$ per sample, so it cannot move far from the SFT model to exploit weaknesses of the reward model. Don't confuse it with PPO's $\\pi_{old}$, which only limits the size of each update.",
    source: { ...INSTRUCTGPT, detail: "Equation 2: the KL term uses π^SFT." },
    difficulty: "medium",
    tags: ["kl-penalty", "ppo", "instructgpt"],
  },

  // ── PPO ─────────────────────────────────────────────────────────────────────
  {
    key: "rlhf-ppo-clip",
    kind: "numeric",
    topic: "rlhf",
    title: "PPO clipped surrogate for one token",
    prompt:
      "For one token, the new policy's probability ratio is $\\rho = \\pi_{new}/\\pi_{old} = {ratio}$, the advantage estimate is $A = {adv}$ and the clip range is $\\varepsilon = {eps}$. What is PPO's clipped surrogate objective $\\min(\\rho A,\\ \\mathrm{clip}(\\rho, 1-\\varepsilon, 1+\\varepsilon)\\,A)$ for this token?",
    parameters: [
      { kind: "choice", name: "ratio", values: [0.5, 0.7, 0.85, 0.95, 1.05, 1.15, 1.3, 1.6] },
      { kind: "choice", name: "adv", values: [-2, -1, -0.5, 0.5, 1, 2] },
      { kind: "choice", name: "eps", values: [0.1, 0.2, 0.3] },
    ],
    answer: { fn: "rlhf.ppo_clip", inputs: { ratio: "ratio", advantage: "adv", epsilon: "eps" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001 },
    explanation:
      "Compute both terms and take the smaller. For $A > 0$ the clip caps the gain at $(1+\\varepsilon)A$ once $\\rho > 1+\\varepsilon$; for $A < 0$ it limits the objective to $(1-\\varepsilon)A$ once $\\rho < 1-\\varepsilon$. Taking the minimum makes the objective a pessimistic bound: moving $\\rho$ outside $[1-\\varepsilon, 1+\\varepsilon]$ in the profitable direction earns nothing more, while moves that make things worse are never clipped away.",
    source: { ...PPO, detail: "Equation 7: the clipped surrogate objective L^CLIP." },
    difficulty: "hard",
    tags: ["ppo", "clipping", "objective"],
  },
  {
    key: "rlhf-ppo-clip-gradient",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "When the PPO clip bites",
    prompt:
      "In a PPO update, a token has advantage $A = 1$ (better than expected) and its probability ratio has already reached $\\rho = 1.5$, with clip range $\\varepsilon = 0.2$. What gradient does this token contribute to the clipped objective $\\min(\\rho A,\\ \\mathrm{clip}(\\rho, 0.8, 1.2)\\,A)$?",
    choices: [
      { text: "Zero: the objective is the constant 1.2·A here, so the token stops pushing", correct: true },
      { text: "A positive push to raise ρ further, as without clipping", correct: false, feedback: "That is the unclipped ρA. The minimum picks 1.2·A < 1.5·A, which does not depend on ρ." },
      { text: "A push to bring ρ back down to 1.2", correct: false, feedback: "The clip does not pull ρ back; it only removes the incentive to move further. A KL penalty or the next iteration's π_old limits drift." },
      { text: "Half the unclipped gradient", correct: false, feedback: "Clipping is not a rescaling: the selected term 1.2·A is constant in ρ, so its gradient is 0." },
    ],
    explanation:
      "With $A > 0$ and $\\rho > 1+\\varepsilon$, $\\min(1.5A, 1.2A) = 1.2A$ is constant in the policy parameters, so the gradient is zero: one batch cannot profit from moving the policy far from $\\pi_{old}$. If instead $A < 0$ and $\\rho$ had grown, the unclipped term would be the minimum and the gradient would still push $\\rho$ down.",
    source: { ...PPO, detail: "Section 3 and Figure 1: L^CLIP as a function of r for positive and negative advantages." },
    difficulty: "hard",
    tags: ["ppo", "clipping", "concept"],
  },

  // ── DPO ─────────────────────────────────────────────────────────────────────
  {
    key: "rlhf-dpo-loss",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "DPO loss on one preference pair",
    prompt:
      "A DPO step sees one preference pair with chosen response $y_w$ and rejected $y_l$ (log-probabilities in nats, summed over each response's tokens). Policy: $\\log \\pi_\\theta(y_w \\mid x) = {pw}$, $\\log \\pi_\\theta(y_l \\mid x) = {pl}$. Frozen reference: $\\log \\pi_{ref}(y_w \\mid x) = {rw}$, $\\log \\pi_{ref}(y_l \\mid x) = {rl}$. With $\\beta = {beta}$, what is the DPO loss on this pair (natural log)?",
    parameters: [
      { kind: "choice", name: "pw", values: [-26.5, -23.5, -20.5] },
      { kind: "choice", name: "pl", values: [-30, -27, -24] },
      { kind: "choice", name: "rw", values: [-28, -24, -20] },
      { kind: "choice", name: "rl", values: [-26, -22] },
      { kind: "choice", name: "beta", values: [0.1, 0.2, 0.5] },
    ],
    answer: { fn: "rlhf.dpo_loss", inputs: { beta: "beta", policyChosen: "pw", policyRejected: "pl", refChosen: "rw", refRejected: "rl" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "dpo-no-reference", answer: { fn: "rlhf.dpo_loss", inputs: { beta: "beta", policyChosen: "pw", policyRejected: "pl", refChosen: 0, refRejected: 0 } } },
      { misconception: "sigmoid-swapped", answer: { fn: "rlhf.dpo_loss", inputs: { beta: "beta", policyChosen: "pl", policyRejected: "pw", refChosen: "rl", refRejected: "rw" } } },
      { misconception: "log10-for-ln", scale: 1 / Math.LN10 },
    ],
    explanation:
      "Form each response's log-ratio against the reference, $\\log \\pi_\\theta - \\log \\pi_{ref}$ (the implicit reward, up to the factor $\\beta$), take chosen minus rejected, scale by $\\beta$, and apply $-\\ln \\sigma(\\cdot)$. DPO needs no reward model and no sampling: it is a classification loss on the preference pairs, with the frozen reference playing the role of the KL anchor.",
    source: { ...DPO, detail: "Equation 7: the DPO objective." },
    difficulty: "hard",
    tags: ["dpo", "loss"],
  },
  {
    key: "rlhf-dpo-initial-loss",
    kind: "numeric",
    topic: "rlhf",
    title: "DPO loss at the first step",
    prompt:
      "DPO training starts with the policy equal to the reference model ($\\pi_\\theta = \\pi_{ref}$, both copies of the SFT model). A preference pair has $\\log \\pi_{ref}(y_w \\mid x) = {lw}$ and $\\log \\pi_{ref}(y_l \\mid x) = {ll}$, and $\\beta = {beta}$. What is the DPO loss on this pair at step 0, in nats? Give 3 significant figures.",
    parameters: [
      { kind: "choice", name: "lw", values: [-45, -32, -20, -12] },
      { kind: "choice", name: "ll", values: [-50, -38, -26, -15] },
      { kind: "choice", name: "beta", values: [0.1, 0.2, 0.3, 0.5] },
    ],
    answer: { fn: "rlhf.dpo_loss", inputs: { beta: "beta", policyChosen: "lw", policyRejected: "ll", refChosen: "lw", refRejected: "ll" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001 },
    explanation:
      "With $\\pi_\\theta = \\pi_{ref}$ both log-ratios are 0, so the margin is 0 whatever $\\beta$ and the log-probabilities are, and the loss is $-\\ln \\sigma(0) = \\ln 2 \\approx 0.693$ — the same starting value as a reward model that can't yet tell the responses apart. The raw log-probabilities never enter DPO on their own, only relative to the reference.",
    source: { ...DPO, detail: "Equation 7; π_ref is initialised from the SFT model." },
    difficulty: "medium",
    tags: ["dpo", "loss"],
  },
  {
    key: "rlhf-dpo-needs-reward-model",
    kind: "true_false",
    topic: "rlhf",
    title: "Does DPO train a reward model?",
    prompt: "True or false: DPO first fits a separate reward model on the preference pairs and then optimises the policy against it with reinforcement learning, like PPO-based RLHF.",
    correct: false,
    explanation:
      "False. DPO rewrites the KL-constrained RLHF objective so that the reward is implicit, $\\beta \\log(\\pi_\\theta / \\pi_{ref})$, and trains the policy directly with a Bradley–Terry classification loss on the pairs: no reward model, no sampling from the policy, no RL loop. It needs only the policy and a frozen reference model.",
    source: { ...DPO, detail: "Abstract and Section 4." },
    difficulty: "easy",
    tags: ["dpo", "concept"],
  },

  // ── GRPO ────────────────────────────────────────────────────────────────────
  {
    key: "rlhf-grpo-advantage",
    kind: "numeric",
    topic: "rlhf",
    title: "GRPO group-relative advantage",
    prompt:
      "GRPO samples a group of responses to one prompt and scores each with the reward model. The group's rewards have mean ${mean}$ and standard deviation ${std}$. With outcome supervision (one advantage for every token of a response), what advantage does a response with reward $r = {r}$ get? Give 3 significant figures.",
    parameters: [
      { kind: "float", name: "r", min: -1, max: 2.5, step: 0.5 },
      { kind: "float", name: "mean", min: -0.5, max: 1.5, step: 0.25 },
      { kind: "choice", name: "std", values: [0.8, 1, 1.25, 1.6, 2] },
    ],
    answer: { fn: "rlhf.grpo_advantage", inputs: { reward: "r", mean: "mean", std: "std" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001, relative: 0.005 },
    explanation:
      "GRPO standardises each reward within its group: $\\hat A_i = (r_i - \\operatorname{mean}(r)) / \\operatorname{std}(r)$. Responses better than the group average get a positive advantage, worse ones a negative one, so the group mean replaces the learned value function (critic) that PPO would use as a baseline.",
    source: { ...DEEPSEEKMATH, detail: "Section 4.1.2: outcome supervision with group-normalised rewards." },
    difficulty: "medium",
    tags: ["grpo", "advantage"],
  },
  {
    key: "rlhf-grpo-drops-critic",
    kind: "short_text",
    topic: "rlhf",
    title: "What GRPO removes from PPO",
    prompt:
      "PPO-based RLHF trains a second network alongside the policy to estimate baselines for its advantages. GRPO removes this network and uses the average reward of a group of samples for the same prompt instead. What is the removed network called? (two words, or one)",
    accepted: ["value model", "critic", "value function", "value network", "critic model", "the critic", "the value model", "critic network", "value"],
    explanation:
      "The value model (critic). In PPO it is usually as large as the policy and trained alongside it; GRPO replaces its baseline with the group's mean reward (normalised by the group's standard deviation), which saves memory and compute.",
    source: { ...DEEPSEEKMATH, detail: "Section 4.1 and Figure 4: PPO versus GRPO." },
    difficulty: "medium",
    tags: ["grpo", "ppo", "concept"],
  },
  {
    key: "rlhf-networks-per-method",
    kind: "ordering",
    topic: "rlhf",
    title: "Networks in the training loop",
    prompt:
      "Order these training methods by how many distinct networks their training loop uses (trained or frozen: policy, reference, reward model, value model), as described in their papers. Fewest first.",
    items: [
      "Supervised fine-tuning on demonstrations",
      "DPO (arXiv 2305.18290)",
      "GRPO as in DeepSeekMath (arXiv 2402.03300)",
      "PPO-based RLHF as in InstructGPT (arXiv 2203.02155)",
    ],
    explanation:
      "SFT trains only the model itself (1). DPO needs the policy and a frozen reference (2). GRPO keeps the policy, the reference for its KL term and a reward model, but drops the value model (3). PPO-based RLHF uses the policy, a value model, the reward model and the SFT reference (4).",
    source: { ...DEEPSEEKMATH, detail: "Figure 4 compares the models used by PPO and GRPO." },
    difficulty: "hard",
    tags: ["ppo", "dpo", "grpo", "memory"],
  },

  // ── Which models used what ──────────────────────────────────────────────────
  {
    key: "rlhf-llama3-ppo",
    kind: "true_false",
    topic: "rlhf",
    title: "How was Llama 3 aligned?",
    prompt: "True or false: like InstructGPT, Llama 3's chat models were aligned by running PPO against a reward model.",
    correct: false,
    explanation:
      "False. Llama 3's post-training rounds consist of reward modelling, rejection sampling, supervised fine-tuning and Direct Preference Optimization (DPO); the reward model is used to pick the best samples, not as an RL environment. The paper reports exploring on-policy methods such as PPO but choosing DPO because it needed less compute at scale and did better on instruction following. Which method a model used should be checked in its paper.",
    source: { ...LLAMA3, detail: "Section 4: post-training." },
    difficulty: "medium",
    tags: ["models", "dpo", "ppo"],
  },
  {
    key: "rlhf-llama2-chat-ppo",
    kind: "true_false",
    topic: "rlhf",
    title: "How was Llama 2-Chat aligned?",
    prompt: "True or false: Llama 2-Chat was refined with RLHF that combined rejection-sampling fine-tuning and PPO.",
    correct: true,
    explanation:
      "True. The Llama 2 paper fine-tunes Llama 2-Chat iteratively with two RLHF algorithms: rejection-sampling fine-tuning (sample several outputs, keep the one the reward model scores best, fine-tune on it) and PPO against the reward models. Its successor Llama 3 switched to DPO.",
    source: { ...LLAMA2, detail: "Section 3.2: RLHF." },
    difficulty: "medium",
    tags: ["models", "ppo"],
  },
];

/** Every built-in RLHF template: the core set plus the second edition's themed files. */
export const RLHF_TEMPLATES: TemplateInput[] = [
  ...CORE_TEMPLATES,
  ...RLHF_ADVANTAGE_TEMPLATES,
  ...RLHF_KL_TEMPLATES,
  ...RLHF_OVEROPTIMIZATION_TEMPLATES,
  ...RLHF_METHOD_TEMPLATES,
  ...RLHF_PIPELINE_TEMPLATES,
  ...RLHF_KIND_TEMPLATES,
];
