import type { TemplateInput } from "@/lib/questions/template-schema";
import { CONSTITUTIONAL_AI, HHH, INSTRUCTGPT } from "./sources";

/** The data and stages of the pipelines: InstructGPT's datasets, Constitutional AI (RLAIF) and the HHH criteria. */
export const RLHF_PIPELINE_TEMPLATES: TemplateInput[] = [
  {
    key: "rlhf-instructgpt-datasets",
    kind: "ordering",
    topic: "rlhf",
    title: "InstructGPT's three datasets by size",
    prompt: "InstructGPT trains each stage on its own set of prompts. Order the three training datasets by their number of prompts, smallest first.",
    items: [
      "SFT dataset: prompts with labeler-written demonstrations",
      "PPO dataset: prompts only, with no human labels",
      "Reward-model dataset: prompts with labeler rankings of model outputs",
    ],
    explanation:
      "About 13k training prompts for SFT (from the API and written by labelers), 31k for PPO (from the API only) and 33k for the reward model. Demonstrations are the most expensive label to write, so the SFT set is the smallest; the PPO prompts need no labels at all, because the reward model scores the samples.",
    source: { ...INSTRUCTGPT, detail: "Section 3.2 and Table 6: dataset sizes." },
    difficulty: "medium",
    tags: ["instructgpt", "data"],
  },
  {
    key: "rlhf-instructgpt-sft-size",
    kind: "multiple_choice",
    topic: "rlhf",
    title: "Size of InstructGPT's SFT dataset",
    prompt: "Roughly how many training prompts did InstructGPT's supervised fine-tuning (SFT) dataset contain?",
    choices: [
      { text: "About 13,000", correct: true },
      { text: "About 33,000", correct: false, feedback: "That is the reward-model dataset (prompts with ranked outputs)." },
      { text: "About 1.3 million", correct: false, feedback: "Far too many: labeler-written demonstrations are expensive; the SFT set had about 13k prompts." },
      { text: "About 130", correct: false, feedback: "Too few to fine-tune GPT-3 reliably; it was about 13k prompts." },
    ],
    explanation:
      "About 13k prompts with demonstrations. The reward model used about 33k prompts (each with $K = 4$–9 ranked outputs, so many more comparisons) and PPO about 31k unlabelled prompts. With data of this size, labelers preferred the 1.3B InstructGPT model to the 175B GPT-3.",
    source: { ...INSTRUCTGPT, detail: "Section 3.2 and Table 6: dataset sizes." },
    difficulty: "easy",
    tags: ["instructgpt", "data"],
  },
  {
    key: "rlhf-cai-stages",
    kind: "ordering",
    topic: "rlhf",
    title: "Constitutional AI's two phases",
    prompt: "Put the steps of Constitutional AI's training (Bai et al., 2022) in order, first step first.",
    items: [
      "A helpful model answers harmful (red-teaming) prompts",
      "The model critiques its answer against a principle of the constitution and revises it",
      "The model is fine-tuned on the revised answers (SL-CAI)",
      "The fine-tuned model answers prompts twice and a feedback model picks the better answer according to a principle",
      "A preference model is trained on these AI comparisons",
      "The fine-tuned model is trained by RL against the preference model (RL-CAI)",
    ],
    explanation:
      "The supervised phase (critique → revision → fine-tuning) gets the model onto the right distribution; the RL phase replaces human harmlessness labels with AI labels guided by the written constitution, which is RL from AI feedback (RLAIF). Human oversight enters through the list of principles (and human helpfulness labels), not through labels of harmful outputs.",
    source: { ...CONSTITUTIONAL_AI, detail: "Abstract and Figure 1: the SL and RL stages." },
    difficulty: "medium",
    tags: ["constitutional-ai", "rlaif", "pipeline"],
  },
  {
    key: "rlhf-rlaif-name",
    kind: "short_text",
    topic: "rlhf",
    title: "RL with preference labels from a model",
    prompt:
      "In Constitutional AI the comparisons used to train the preference model for harmlessness come from a language model judging answers against written principles, not from human labelers. What is this variant of RLHF called (acronym)?",
    accepted: ["RLAIF", "RL from AI feedback", "reinforcement learning from AI feedback", "RL-AIF"],
    explanation:
      "RLAIF, reinforcement learning from AI feedback. The pipeline is RLHF's (preference model, then RL), but the labels are produced by a model prompted with the constitution. It makes harmlessness training cheaper and its criteria explicit; the labels are only as good as the feedback model and the principles.",
    source: { ...CONSTITUTIONAL_AI, detail: "Abstract: RL from AI Feedback (RLAIF)." },
    difficulty: "easy",
    tags: ["constitutional-ai", "rlaif"],
  },
  {
    key: "rlhf-hhh",
    kind: "short_text",
    topic: "rlhf",
    title: "The three H's of an aligned assistant",
    prompt: "Askell et al. (2021) define an aligned AI assistant as one that is helpful, honest and ___. Fill in the third property (one word).",
    accepted: ["harmless", "harmlessness", "not harmful"],
    explanation:
      "Helpful, honest and harmless (HHH). The three can conflict (a maximally helpful answer to a dangerous request is harmful), which is why Anthropic's later work trains separate helpfulness and harmlessness preference data, and Constitutional AI targets harmlessness with AI feedback.",
    source: { ...HHH, detail: "Introduction: aligned as helpful, honest and harmless (HHH)." },
    difficulty: "easy",
    tags: ["alignment", "hhh"],
  },
];
