import type { CardNoteInput } from "@/lib/cards/card-schema";
import { CONSTITUTIONAL_AI, DPO, HHH, INSTRUCTGPT, IPO, KTO, LLAMA2, SIMPO } from "./sources";

const TOPIC = "rlhf";

/** Cards on DPO's successors (SimPO, IPO, KTO), Constitutional AI, HHH and InstructGPT's data. */
export const RLHF_METHOD_CARDS: CardNoteInput[] = [
  {
    key: "rlhf-simpo",
    topic: TOPIC,
    kind: "cloze",
    text: "SimPO's implicit reward is {{c1::the average log-probability $\\frac{\\beta}{|y|}\\log \\pi_\\theta(y|x)$}}, so it needs {{c2::no reference model}}; its loss subtracts {{c3::a target margin $\\gamma$}} inside the sigmoid.",
    tags: ["simpo"],
    source: SIMPO,
  },
  { key: "rlhf-simpo-loss-computed", topic: TOPIC, kind: "computed", templateKey: "rlhf-simpo-loss", tags: ["simpo"], source: SIMPO },
  {
    key: "rlhf-ipo",
    topic: TOPIC,
    kind: "cloze",
    text: "IPO's loss is {{c1::$\\big(h - \\frac{1}{2\\tau}\\big)^2$}}, with $h$ DPO's log-ratio margin: it pulls the margin to a finite target instead of pushing it to infinity.",
    tags: ["ipo"],
    source: IPO,
  },
  { key: "rlhf-ipo-loss-computed", topic: TOPIC, kind: "computed", templateKey: "rlhf-ipo-loss", tags: ["ipo"], source: IPO },
  {
    key: "rlhf-kto",
    topic: TOPIC,
    kind: "cloze",
    text: "KTO needs only {{c1::a binary desirable/undesirable label per output::what feedback?}}, not preference pairs; its loss comes from {{c2::Kahneman and Tversky's prospect theory}}.",
    tags: ["kto"],
    source: KTO,
  },
  {
    key: "rlhf-dpo-successors",
    topic: TOPIC,
    kind: "basic",
    front: "What does each of IPO, KTO and SimPO change relative to DPO?",
    back: "**IPO**: a squared loss $(h - \\frac{1}{2\\tau})^2$ instead of $-\\log\\sigma(\\beta h)$, so the margin stops at a finite target. **KTO**: learns from unpaired outputs labelled good or bad. **SimPO**: drops the reference model, length-normalises the log-probability and adds a margin $\\gamma$.",
    tags: ["dpo", "ipo", "kto", "simpo"],
    source: DPO,
  },
  {
    key: "rlhf-constitutional-ai",
    topic: TOPIC,
    kind: "cloze",
    text: "Constitutional AI: first {{c1::supervised learning on the model's own revisions, after it critiques its answers against the constitution (SL-CAI)}}, then {{c2::RL against a preference model trained on AI comparisons, i.e. RLAIF (RL-CAI)}}.",
    tags: ["constitutional-ai", "rlaif"],
    source: CONSTITUTIONAL_AI,
  },
  {
    key: "rlhf-rlaif",
    topic: TOPIC,
    kind: "basic",
    front: "In Constitutional AI, where does human oversight of harmlessness come from, if not from labels of harmful outputs?",
    back: "From a written list of principles, the **constitution**: a model uses it to critique and revise answers and to label which of two answers is better (RLAIF). Helpfulness still used human preference labels.",
    tags: ["constitutional-ai", "rlaif"],
    source: CONSTITUTIONAL_AI,
  },
  {
    key: "rlhf-hhh",
    topic: TOPIC,
    kind: "cloze",
    text: "Askell et al. (2021) call an assistant aligned if it is {{c1::helpful}}, {{c2::honest}} and {{c3::harmless}} (HHH).",
    tags: ["hhh", "alignment"],
    source: HHH,
  },
  {
    key: "rlhf-instructgpt-data",
    topic: TOPIC,
    kind: "cloze",
    text: "InstructGPT's training prompts: about {{c1::13k}} for SFT (with demonstrations), {{c2::33k}} for the reward model (with rankings) and {{c3::31k}} for PPO (no labels).",
    tags: ["instructgpt", "data"],
    source: INSTRUCTGPT,
  },
  {
    key: "rlhf-llama2-reward-models",
    topic: TOPIC,
    kind: "basic",
    front: "How many reward models did Llama 2-Chat's RLHF use, and why?",
    back: "Two: a **helpfulness** reward model and a **safety** reward model, because helpfulness and safety can trade off, which makes it hard for a single reward model to do well on both.",
    tags: ["models", "reward-model"],
    source: LLAMA2,
  },
];
