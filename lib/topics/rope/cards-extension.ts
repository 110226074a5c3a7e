import type { CardNoteInput } from "@/lib/cards/card-schema";
import { HF_ROPE_UTILS, LLAMA31_CONFIG, PI, YARN } from "./sources";

const TOPIC = "rope";

/** Cards on running RoPE models past their training length. */
export const ROPE_EXTENSION_CARDS: CardNoteInput[] = [
  {
    key: "rope-no-extrapolation",
    topic: TOPIC,
    kind: "basic",
    front: "“RoPE gives better extrapolation to unseen lengths.” True?",
    back: "**False for plain RoPE:** past the training length perplexity blows up (YaRN: RoPE models “fail to generalize past the sequence length they were trained on”). That is why Position Interpolation, NTK-aware scaling and YaRN exist.",
    tags: ["misconception", "context-extension"],
    source: YARN,
  },
  {
    key: "rope-pi-600x",
    topic: TOPIC,
    kind: "cloze",
    text: "Position Interpolation's theory: the upper bound for interpolation is at least {{c1::~600×}} smaller than for extrapolation, which can give “catastrophically high attention scores”.",
    tags: ["context-extension"],
    source: PI,
  },
  {
    key: "rope-yarn-ramp",
    topic: TOPIC,
    kind: "cloze",
    text: "YaRN's NTK-by-parts uses $r = L/\\lambda$: pairs with $r <$ {{c1::1::α}} are interpolated by $s$ (like PI), pairs with $r >$ {{c2::32::β}} are left unchanged, with a linear ramp in between (values for Llama).",
    tags: ["context-extension", "yarn"],
    source: YARN,
  },
  {
    key: "rope-yarn-temperature",
    topic: TOPIC,
    kind: "cloze",
    text: "YaRN's attention temperature: $\\sqrt{1/t} =$ {{c1::$0.1\\ln(s) + 1$}} (≈ 1.208 at $s = 8$), applied to both $q$ and $k$, so the logits are multiplied by {{c2::$1/t = (0.1\\ln s + 1)^2$}}.",
    tags: ["context-extension", "yarn"],
    source: YARN,
  },
  { key: "rope-yarn-mscale-computed", topic: TOPIC, kind: "computed", templateKey: "rope-yarn-mscale", tags: ["yarn"], source: YARN },
  { key: "rope-yarn-logit-scale-computed", topic: TOPIC, kind: "computed", templateKey: "rope-yarn-logit-scale", tags: ["yarn"], source: YARN },
  { key: "rope-yarn-theta-computed", topic: TOPIC, kind: "computed", templateKey: "rope-yarn-theta-mc", tags: ["yarn"], source: YARN },
  {
    key: "rope-dynamic-ntk",
    topic: TOPIC,
    kind: "basic",
    front: "What makes “dynamic” NTK scaling dynamic?",
    back: "The NTK-aware base change is recomputed from the **current** sequence length: unchanged up to `max_position_embeddings`, then a factor growing with the length (transformers: $s\\,l/L - (s-1)$). Short prompts run exactly as trained.",
    tags: ["context-extension", "ntk"],
    source: HF_ROPE_UTILS,
  },
  { key: "rope-dynamic-ntk-base-computed", topic: TOPIC, kind: "computed", templateKey: "rope-dynamic-ntk-base", tags: ["ntk"], source: HF_ROPE_UTILS },
  {
    key: "rope-llama3-bands",
    topic: TOPIC,
    kind: "cloze",
    text: "Llama 3.1's “llama3” scaling: wavelengths above {{c1::8,192}} tokens have $\\theta$ divided by {{c2::8}}, wavelengths below {{c3::2,048}} tokens are left unchanged, and those in between are blended smoothly.",
    tags: ["context-extension", "llama3"],
    source: LLAMA31_CONFIG,
  },
  { key: "rope-llama3-wavelength-computed", topic: TOPIC, kind: "computed", templateKey: "rope-llama3-wavelength", tags: ["llama3"], source: HF_ROPE_UTILS },
  { key: "rope-llama3-theta-computed", topic: TOPIC, kind: "computed", templateKey: "rope-llama3-theta-mc", tags: ["llama3"], source: HF_ROPE_UTILS },
];
