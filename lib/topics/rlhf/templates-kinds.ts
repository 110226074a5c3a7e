import type { TemplateInput } from "@/lib/questions/template-schema";
import { DPO, INSTRUCTGPT } from "./sources";

/** Templates of the matching, multiple-answer and unit-required numeric kinds. */
export const RLHF_KIND_TEMPLATES: TemplateInput[] = [
  {
    key: "rlhf-match-methods",
    kind: "matching",
    topic: "rlhf",
    title: "Match each preference-tuning method to its key idea",
    prompt: "Match each method for tuning a language model on preferences or rewards to what sets it apart. One option describes none of them.",
    pairs: [
      { prompt: "PPO-based RLHF (InstructGPT)", answer: "Trains a reward model on human rankings, then maximises reward minus a KL penalty to the SFT model" },
      { prompt: "DPO", answer: "Fits preference pairs directly with a logistic loss against a frozen reference model, with no reward model and no RL" },
      { prompt: "GRPO", answer: "Drops the value network and normalises each reward against a group of samples for the same prompt" },
      { prompt: "SimPO", answer: "Uses the length-normalised log-likelihood as an implicit reward, with no reference model" },
    ],
    distractors: ["Fine-tunes only on human-written demonstrations, with no preference or reward signal"],
    explanation:
      "InstructGPT: SFT, then a Bradley–Terry reward model, then PPO on $r(x, y) - \\beta \\log(\\pi/\\pi_{ref})$. DPO turns the same objective into a loss on preference pairs, $-\\log\\sigma(\\beta[\\dots])$, needing only the policy and a frozen reference. GRPO (DeepSeekMath) replaces PPO's critic with the advantage $(r_i - \\text{mean})/\\text{std}$ over a group of samples. SimPO removes the reference model by using the average log-probability per token as the reward. Training on demonstrations alone is supervised fine-tuning — the first stage of the pipeline, not a preference method.",
    source: { ...DPO, detail: "Sections 3–4 contrast DPO with the RLHF pipeline of InstructGPT (arXiv 2203.02155); GRPO from DeepSeekMath (arXiv 2402.03300), SimPO from arXiv 2405.14734." },
    difficulty: "medium",
    tags: ["methods", "dpo", "grpo", "ppo"],
  },
  {
    key: "rlhf-true-statements-pipeline",
    kind: "multiple_answer",
    topic: "rlhf",
    title: "RLHF facts: which statements hold?",
    prompt: "Tick **all** statements about RLHF and its successors that are true.",
    choices: [
      { text: "InstructGPT's labelers preferred outputs of the 1.3B-parameter InstructGPT model to those of the 175B-parameter GPT-3.", correct: true },
      { text: "A Bradley–Terry reward model gives $P(\\text{chosen} \\succ \\text{rejected}) = \\sigma(r_c - r_r)$.", correct: true },
      { text: "DPO trains on preference pairs without a separately trained reward model and without sampling from the policy during training.", correct: true },
      {
        text: "GRPO computes each advantage with a learned value network (critic).",
        correct: false,
        feedback: "GRPO has no critic: the advantage is the reward normalised by the mean and standard deviation of a group of samples for the same prompt.",
      },
      {
        text: "In InstructGPT's PPO stage, the KL penalty keeps the policy close to the reward model.",
        correct: false,
        feedback: "The KL penalty is to the SFT policy $\\pi^{SFT}$, the model PPO starts from, not to the reward model (which is not a policy over text).",
      },
      {
        text: "Llama 3's post-training used PPO, as Llama 2-Chat's did.",
        correct: false,
        feedback: "Llama 2-Chat used rejection sampling and PPO; the Llama 3 paper reports DPO instead.",
      },
    ],
    explanation:
      "InstructGPT's headline result: a 1.3B model tuned with human feedback beat 175B GPT-3 in labelers' preferences. Its reward model scores responses so that $\\sigma(r_c - r_r)$ is the probability that the chosen one wins, and PPO then maximises reward minus a KL penalty to the SFT policy. DPO optimises the same objective in closed form on a fixed set of pairs; GRPO keeps the RL loop but replaces the critic with group statistics. Llama 3 moved from PPO to DPO.",
    source: { ...INSTRUCTGPT, detail: "Abstract and Equation 2; DPO (arXiv 2305.18290), DeepSeekMath (arXiv 2402.03300) and the Llama 2/3 papers for the other statements." },
    difficulty: "easy",
    tags: ["pipeline", "reward-model", "misconception"],
  },
  {
    key: "rlhf-reference-model-memory",
    kind: "numeric",
    topic: "rlhf",
    title: "Memory of the frozen reference policy, unit required",
    prompt:
      "PPO-based RLHF penalises $\\beta \\log(\\pi(y|x)/\\pi_{ref}(y|x))$, so a frozen copy of the SFT model, $\\pi_{ref}$, must score every sampled response alongside the policy being trained. If the policy is {model} ({model.params} parameters) and the reference copy is stored in BF16 (16 bits per weight), how much memory do the reference model's weights alone take? **Write the unit** (answer in GB, $10^9$ bytes); a number without a unit loses a quarter of the marks.",
    parameters: [{ kind: "preset", name: "model", presets: ["llama-2-7b", "llama-3-8b", "mistral-7b", "llama-3-70b", "gpt-3-175b"] }],
    answer: { fn: "quant.weight_bytes", inputs: { params: "model.params", bits: 16 } },
    display: { unit: "GB", digits: 3 },
    tolerance: { relative: 0.01 },
    unitPenalty: 0.25,
    explanation:
      "$\\text{params} \\times 16 / 8 = 2$ bytes per parameter: ≈ 141 GB for a 70.55 B-parameter model. That is just one of the copies PPO-based RLHF keeps: the trained policy (with gradients and optimizer state), the value model, the reward model and this frozen reference. GRPO drops the value model; DPO drops the reward model and the sampling loop, and since its pairs are fixed, the reference log-probabilities can be computed once before training.",
    source: { ...INSTRUCTGPT, detail: "Equation 2: the KL term uses π^SFT, a frozen copy of the supervised model." },
    difficulty: "easy",
    tags: ["memory", "reference-model", "kl", "units"],
  },
];
