import type { TemplateInput } from "@/lib/questions/template-schema";
import { BEST_OF_N, LENGTH_CORRELATIONS, OVEROPTIMIZATION } from "./sources";

/** Best-of-n sampling, reward-model over-optimisation (Goodhart) and length bias. */
export const RLHF_OVEROPTIMIZATION_TEMPLATES: TemplateInput[] = [
  {
    key: "rlhf-bon-kl",
    kind: "numeric",
    topic: "rlhf",
    title: "Best-of-n KL bound",
    prompt:
      "Best-of-$n$ sampling draws $n = {n}$ responses from the base policy and returns the one the reward model scores highest. Evaluate the widely quoted expression $\\log n - \\frac{n-1}{n}$ for $\\mathrm{KL}(\\pi_{\\text{BoN}} \\,\\|\\, \\pi_{\\text{base}})$, in nats (natural log). Give 3 significant figures.",
    parameters: [{ kind: "choice", name: "n", values: [2, 4, 8, 16, 32, 64, 128, 256, 1000] }],
    answer: { fn: "rlhf.bon_kl_bound", inputs: { n: "n" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001, relative: 0.005 },
    explanation:
      "$\\ln n - (n-1)/n$ grows only logarithmically: about 0.19 nats at $n = 2$, 3.17 at $n = 64$ and 5.9 at $n = 1000$, which is why best-of-$n$ is a cheap way to spend a small KL budget. Beirami et al. (2024) prove the expression is an **upper bound** on the actual KL, not its value as it was long quoted (e.g. by Gao et al.); the gap is large when a few outputs carry most of the probability.",
    source: { ...BEST_OF_N, detail: "Abstract and Section 3: the analytical formula is an upper bound." },
    difficulty: "medium",
    tags: ["best-of-n", "kl-penalty"],
  },
  {
    key: "rlhf-bon-kl-exact",
    kind: "true_false",
    topic: "rlhf",
    title: "Is log n − (n−1)/n the exact best-of-n KL?",
    prompt:
      "True or false: for any base policy and reward, the KL divergence between the best-of-$n$ policy and the base policy equals exactly $\\log n - \\frac{n-1}{n}$.",
    correct: false,
    explanation:
      "False. Beirami et al. disprove the equality and show the expression is an upper bound. A simple counterexample: if the base policy has only two equally likely outputs, best-of-$n$ can at most put all its mass on the better one, so its KL never exceeds $\\log 2 \\approx 0.693$, while $\\log n - (n-1)/n$ passes 0.693 at $n = 5$ and keeps growing. They propose a tighter estimator that depends on the probabilities of the outputs.",
    source: { ...BEST_OF_N, detail: "Sections 3–4: the formula as an upper bound and a new estimator." },
    difficulty: "hard",
    tags: ["best-of-n", "concept"],
  },
  {
    key: "rlhf-bon-win-rate",
    kind: "numeric",
    topic: "rlhf",
    title: "Best-of-n win-rate bound",
    prompt:
      "A best-of-$n$ policy with $n = {n}$ is compared against a single fresh sample from the same base policy, judged by the same reward used for the selection. What is the upper bound $\\frac{n}{n+1}$ on its win rate? Give a probability between 0 and 1 (3 significant figures).",
    parameters: [{ kind: "choice", name: "n", values: [1, 2, 3, 4, 7, 9, 16, 32, 99] }],
    answer: { fn: "rlhf.bon_win_rate_bound", inputs: { n: "n" } },
    display: { unit: "", digits: 3 },
    tolerance: { absolute: 0.001 },
    explanation:
      "Draw $n + 1$ independent samples: when rewards never tie, the best of them is equally likely to be any one, so it is among the $n$ chosen ones with probability $n/(n+1)$. That is the bound ($n = 1$ gives 0.5, no better than the base policy; $n = 4$ gives 0.8). Beirami et al. pair it with the KL bound: win rate $\\le 1 - 1/(n+1)$ rises quickly while KL $\\le \\log n - (n-1)/n$ grows slowly, so good trade-offs are reached with $n < 1000$.",
    source: { ...BEST_OF_N, detail: "Section 5: the win rate of best-of-n is at most n/(n+1)." },
    difficulty: "easy",
    tags: ["best-of-n", "probability"],
  },
  {
    key: "rlhf-bon-cost",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "What best-of-n sampling costs",
    prompt: "Compared with fine-tuning the policy by RL against a reward model, what does best-of-$n$ sampling need?",
    choices: [
      { text: "No training at all, but n samples and n reward-model evaluations for every prompt at inference", correct: true },
      { text: "A separately fine-tuned copy of the policy for each value of n", correct: false, feedback: "Best-of-n leaves the base policy untouched; only the selection step changes." },
      { text: "One sample per prompt at inference, since the selection happened during training", correct: false, feedback: "That describes distilling best-of-n (e.g. rejection-sampling fine-tuning), not best-of-n sampling itself." },
      { text: "A value network to score partial responses", correct: false, feedback: "Only whole responses are scored, by the reward model; no critic is involved." },
    ],
    explanation:
      "Best-of-$n$ moves the cost from training to inference: $n$ generations and $n$ reward-model calls per prompt. Gao et al. found it reaches a given gold reward at far less KL than RL, and Llama 2-Chat's rejection-sampling fine-tuning distils it back into the weights so that inference needs one sample again.",
    source: { ...OVEROPTIMIZATION, detail: "RL versus best-of-n: RL consumes much more KL for the same optimisation." },
    difficulty: "medium",
    tags: ["best-of-n", "concept"],
  },
  {
    key: "rlhf-overopt-gold-curve",
    kind: "true_false",
    topic: "rlhf",
    title: "Proxy reward versus gold reward under optimisation",
    prompt:
      "Gao et al. optimise policies against a proxy reward model and score them with a larger \"gold\" reward model standing in for humans. True or false: as the KL divergence from the initial policy grows, the proxy score keeps rising while the gold score first rises and then falls.",
    correct: true,
    explanation:
      "True. This is reward-model over-optimisation, a case of Goodhart's law: past some KL, further optimisation exploits the proxy's errors instead of improving real quality. Gao et al. found the turnover both for best-of-$n$ and for RL, and that larger proxy reward models reach a higher peak. The practical consequence is to watch the KL and stop early or penalise it.",
    source: { ...OVEROPTIMIZATION, detail: "Main results: gold and proxy reward model scores as functions of KL." },
    difficulty: "easy",
    tags: ["reward-hacking", "overoptimization"],
  },
  {
    key: "rlhf-overopt-functional-form",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "Gao et al.'s fitted form for best-of-n",
    prompt:
      "Gao et al. fit the gold reward model score $R$ as a function of $d = \\sqrt{\\mathrm{KL}(\\pi \\,\\|\\, \\pi_{init})}$ (with $R(0) = 0$). Which functional form did they find for **best-of-$n$** sampling?",
    choices: [
      { text: "R(d) = d(α − β·d)", correct: true },
      { text: "R(d) = d(α − β·log d)", correct: false, feedback: "That is their form for RL, which over-optimises more slowly per unit of KL." },
      { text: "R(d) = α·log d", correct: false, feedback: "A logarithm rises forever; the gold score turns over and falls." },
      { text: "R(d) = α·d²", correct: false, feedback: "d² is the KL itself: a reward proportional to KL would never turn over." },
    ],
    explanation:
      "For best-of-$n$ they find $R_{bon}(d) = d(\\alpha_{bon} - \\beta_{bon} d)$, a parabola in $d$ that peaks at $d = \\alpha/(2\\beta)$; for RL, $R_{RL}(d) = d(\\alpha_{RL} - \\beta_{RL}\\log d)$. The coefficients vary smoothly (roughly logarithmically) with the proxy reward model's size, which lets them predict where over-optimisation sets in.",
    source: { ...OVEROPTIMIZATION, detail: "Introduction: functional forms R_bon(d) and R_RL(d), d = √KL." },
    difficulty: "hard",
    tags: ["overoptimization", "scaling-laws"],
  },
  {
    key: "rlhf-overopt-kl-penalty",
    kind: "true_false",
    topic: "rlhf",
    title: "Does a KL penalty improve the gold-reward frontier?",
    prompt:
      "True or false: in Gao et al.'s synthetic setup, adding a KL penalty to RL against the proxy reward model raised the best gold reward achievable at a given KL distance from the initial policy.",
    correct: false,
    explanation:
      "False. They found the penalty did not change the gold-reward-versus-KL frontier: its effect resembled early stopping (the run ends at a smaller KL), but at a given KL the policy was no better. A KL penalty is still useful to stop a run from drifting far, but in that setting it was not a free improvement. The authors note the result may depend on hyperparameters.",
    source: { ...OVEROPTIMIZATION, detail: "Results on the effect of a KL penalty in RL." },
    difficulty: "hard",
    tags: ["overoptimization", "kl-penalty"],
  },
  {
    key: "rlhf-length-bias",
    kind: "true_false",
    topic: "rlhf",
    title: "A reward based only on length",
    prompt:
      "Singhal et al. studied RLHF for helpfulness on three open preference datasets. True or false: running PPO with a reward based **only on response length** reproduced most of the downstream improvements that RLHF with the learned reward model achieved over the supervised model.",
    correct: true,
    explanation:
      "True. Their reward models correlated strongly with length, much of PPO's reward gain came from making outputs longer, and a length-only reward reproduced most of the downstream gains. Length-countering interventions reduced the growth but were not uniformly effective. Length is the most common spurious feature a reward model can be hacked through, and why evaluations report length-controlled win rates.",
    source: { ...LENGTH_CORRELATIONS, detail: "Abstract; the length-only reward experiments." },
    difficulty: "medium",
    tags: ["reward-hacking", "length-bias"],
  },
  {
    key: "rlhf-goodhart",
    kind: "short_text",
    topic: "rlhf",
    title: "When a measure becomes a target",
    prompt:
      "Optimising a policy harder and harder against a learned reward model eventually makes real quality fall while the reward model's score keeps rising. Which named \"law\" describes a measure that stops being a good measure once it becomes the target?",
    accepted: ["Goodhart", "Goodhart's law", "Goodharts law", "Goodhart law", "law of Goodhart"],
    explanation:
      "Goodhart's law. Gao et al. frame reward-model over-optimisation this way and relate the terms of their fitted curves to kinds of Goodhart effects. In RLHF it shows up as reward hacking: longer answers, flattery or formatting the reward model over-rates.",
    source: { ...OVEROPTIMIZATION, detail: "Introduction and the Goodhart taxonomy discussion." },
    difficulty: "easy",
    tags: ["reward-hacking", "concept"],
  },
];
