import type { TemplateInput } from "@/lib/questions/template-schema";
import { ADALORA, DORA, IA3, LORA_PLUS, RSLORA } from "./sources";

/** LoRA's descendants: DoRA, rsLoRA, LoRA+, AdaLoRA, and IA³'s rescaling vectors. */
export const PEFT_VARIANT_TEMPLATES: TemplateInput[] = [
  {
    key: "peft-dora-up-proj",
    kind: "multiple_choice",
    topic: "peft",
    title: "DoRA parameters for an FFN up-projection",
    prompt:
      "{model} has $d_{model} = {model.hidden}$ and an FFN width of {model.ffn}. You apply **DoRA** at rank $r = {r}$ to one up-projection, which maps $d_{in} = {model.hidden}$ inputs to $d_{out} = {model.ffn}$ outputs: LoRA factors $B$ ($d_{out} \\times r$) and $A$ ($r \\times d_{in}$) for the direction, plus DoRA's trainable magnitude vector. How many trainable parameters does this one matrix get?",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b"] },
      { kind: "choice", name: "r", values: [8, 16, 32, 64] },
    ],
    answer: { fn: "peft.dora_params", inputs: { dOut: "model.ffn", dIn: "model.hidden", r: "r" } },
    display: { unit: "", digits: 4 },
    distractors: [
      { misconception: "dora-no-magnitude", answer: { fn: "peft.lora_params", inputs: { d: "model.ffn", k: "model.hidden", r: "r" } } },
      { misconception: "dora-magnitude-per-input", answer: { fn: "peft.dora_params", inputs: { dOut: "model.hidden", dIn: "model.ffn", r: "r" } } },
    ],
    explanation:
      "DoRA writes the weight as $W' = m \\odot \\frac{W_0 + BA}{\\lVert W_0 + BA \\rVert_c}$: LoRA's $r(d_{in} + d_{out})$ parameters learn the direction, and a magnitude vector with one entry per output feature (the norm of each output's weight vector; the official code stores `out_features` magnitudes) learns the length. So $r(d_{in} + d_{out}) + d_{out}$: less than $1/r$ more than LoRA (under 13 % at $r = 8$, under 2 % at $r = 64$), and after training $W'$ is merged into an ordinary dense matrix.",
    source: { ...DORA, detail: "weight decomposition W = m · V/‖V‖_c; the magnitude's size follows the official NVlabs/DoRA implementation" },
    difficulty: "medium",
    tags: ["dora", "counting"],
  },
  {
    key: "peft-dora-merge",
    kind: "true_false",
    topic: "peft",
    title: "Does DoRA cost latency once merged?",
    prompt:
      "True or false: because DoRA normalises $W_0 + BA$ column by column and rescales it by a learned magnitude, a DoRA fine-tune keeps an extra normalisation step at inference even after training.",
    correct: false,
    explanation:
      "False. After training, $m$, $W_0$ and $BA$ are fixed, so $W' = m \\odot (W_0 + BA)/\\lVert W_0 + BA \\rVert_c$ is computed once and stored as a plain dense matrix of the original shape: the DoRA paper stresses *no additional inference overhead*, as for LoRA. The normalisation only costs extra compute and memory during training.",
    source: DORA,
    difficulty: "easy",
    tags: ["dora", "inference"],
  },
  {
    key: "peft-rslora-scale",
    kind: "multiple_choice",
    topic: "peft",
    title: "rsLoRA's scaling factor",
    prompt:
      "Rank-stabilised LoRA (rsLoRA) multiplies the update $BA$ by a factor $\\gamma_r$ that depends on the rank. With $\\alpha = {alpha}$ and rank $r = {r}$, what is $\\gamma_r$?",
    parameters: [
      { kind: "choice", name: "alpha", values: [8, 16, 32, 64] },
      { kind: "choice", name: "r", values: [4, 16, 64, 256] },
    ],
    answer: { fn: "peft.rslora_scale", inputs: { alpha: "alpha", r: "r" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "rslora-divides-by-r", answer: { fn: "peft.lora_scale", inputs: { alpha: "alpha", r: "r" } } },
      { misconception: "lora-scale-ignores-rank", answer: { fn: "peft.lora_scale", inputs: { alpha: "alpha", r: 1 } } },
    ],
    explanation:
      "rsLoRA uses $\\gamma_r = \\alpha/\\sqrt{r}$ (in PEFT, `use_rslora=True`). The original $\\alpha/r$ shrinks the update as the rank grows — Kalajdzievski shows it makes learning slow down and the gradients collapse at high ranks, so larger ranks stop helping; with $1/\\sqrt{r}$ the adapter's outputs and gradients stay of the same order for any rank, and a higher rank buys a better fit at no inference cost.",
    source: { ...RSLORA, detail: "the rank-stabilised factor γ_r ∝ 1/√r" },
    difficulty: "easy",
    tags: ["rslora", "scaling"],
  },
  {
    key: "peft-rslora-high-rank",
    kind: "true_false",
    topic: "peft",
    title: "Does a higher LoRA rank always learn more?",
    prompt:
      "True or false: with standard LoRA's factor $\\alpha/r$ and $\\alpha$ held fixed, raising the rank from 8 to 512 reliably improves fine-tuning, because the adapter gains capacity and the scaling keeps its updates the same size.",
    correct: false,
    explanation:
      "False. $\\alpha/r$ over-corrects for the rank: the rsLoRA paper proves that stable learning needs a factor of order $1/\\sqrt{r}$, and with $1/r$ the adapter's contribution and its gradients shrink as $r$ grows — learning slows down (gradient collapse) and larger ranks fail to improve. Scaling by $\\alpha/\\sqrt{r}$ (rsLoRA) keeps activations and gradients stable, so the extra rank actually helps.",
    source: RSLORA,
    difficulty: "medium",
    tags: ["rslora", "scaling", "rank"],
  },
  {
    key: "peft-loraplus-which-lr",
    kind: "multiple_choice",
    topic: "peft",
    title: "Learning rates in LoRA+",
    prompt: "LoRA+ changes only the optimiser of LoRA ($\\Delta W = BA$, $B \\in \\mathbb{R}^{d \\times r}$ initialised to zero, $A \\in \\mathbb{R}^{r \\times k}$ random). What does it change?",
    choices: [
      { text: "B gets a larger learning rate than A: η_B = λ·η_A with a fixed ratio λ > 1", correct: true },
      { text: "A gets a larger learning rate than B, because A is randomly initialised", correct: false, feedback: "The other way round: the width-scaling argument gives B the larger rate." },
      { text: "Both matrices share one learning rate, scaled by α/√r", correct: false, feedback: "That is rsLoRA's scaling factor, not LoRA+." },
      { text: "It doubles the rank and halves the learning rate", correct: false, feedback: "LoRA+ keeps the rank and the parameter count; it only splits the learning rate." },
    ],
    explanation:
      "Hayou, Ghosh and Yu show that with one learning rate for $A$ and $B$, feature learning is inefficient in wide models; setting $\\eta_B = \\lambda\\,\\eta_A$ with $\\lambda \\gg 1$ fixes it, for 1–2 % better results and up to ≈ 2× faster fine-tuning at LoRA's cost. The best $\\lambda$ depends on the model and task (larger for harder tasks), so treat any default as a starting point to tune.",
    source: LORA_PLUS,
    difficulty: "medium",
    tags: ["lora-plus", "optimisation"],
  },
  {
    key: "peft-loraplus-cost",
    kind: "true_false",
    topic: "peft",
    title: "What LoRA+ costs",
    prompt: "True or false: LoRA+ trains exactly the same parameters as LoRA at the same rank, with the same compute per step; only the learning rate of one matrix changes.",
    correct: true,
    explanation:
      "True. LoRA+ is a change to the optimiser's parameter groups ($\\eta_B = \\lambda\\,\\eta_A$), nothing else: same $A$ and $B$, same $r(d + k)$ parameters, same FLOPs. The paper reports 1–2 % better results and up to ≈ 2× faster convergence at LoRA's computational cost.",
    source: LORA_PLUS,
    difficulty: "easy",
    tags: ["lora-plus"],
  },
  {
    key: "peft-adalora-mechanism",
    kind: "multiple_choice",
    topic: "peft",
    title: "How AdaLoRA allocates rank",
    prompt: "AdaLoRA starts every adapted matrix at the same rank but ends with different ranks per matrix. How?",
    choices: [
      {
        text: "It writes ΔW = PΛQ like an SVD, scores each singular triplet's importance during training and prunes the least important singular values",
        correct: true,
      },
      { text: "It runs an exact SVD of every weight matrix at each step and keeps the top-r directions", correct: false, feedback: "Avoiding repeated exact SVDs is the point of the PΛQ parametrisation." },
      { text: "It trains a separate LoRA at every rank and keeps the best one per matrix", correct: false, feedback: "AdaLoRA prunes within one run under a global budget." },
      { text: "It assigns higher ranks to deeper layers by a fixed schedule", correct: false, feedback: "The allocation comes from learned importance scores, not from depth." },
    ],
    explanation:
      "AdaLoRA parameterises $\\Delta W = P\\Lambda Q$ with $\\Lambda$ diagonal, keeps $P$ and $Q$ near-orthogonal with a regulariser, and uses an importance score (from sensitivity, smoothed over steps) to zero out unimportant singular values. The parameter budget thus moves to the matrices that matter for the task — without computing exact SVDs during training.",
    source: ADALORA,
    difficulty: "hard",
    tags: ["adalora", "rank"],
  },
  {
    key: "peft-adalora-name",
    kind: "short_text",
    topic: "peft",
    title: "The LoRA variant with adaptive budgets",
    prompt:
      "Which LoRA variant parameterises each update as $\\Delta W = P \\Lambda Q$ and prunes singular values by importance, so that important matrices end up with a higher rank than others under a fixed total budget? (one word)",
    accepted: ["AdaLoRA", "Adaptive LoRA", "Ada-LoRA"],
    explanation:
      "AdaLoRA (Zhang et al.): an SVD-like parametrisation with a learned diagonal $\\Lambda$, importance scores per singular triplet, and pruning that reallocates the budget across matrices and layers during training.",
    source: ADALORA,
    difficulty: "medium",
    tags: ["adalora"],
  },
  {
    key: "peft-ia3-model",
    kind: "multiple_choice",
    topic: "peft",
    title: "IA³ trainable parameters for a GQA model",
    prompt:
      "IA³ learns three vectors per layer: $l_k$ rescales the keys, $l_v$ the values and $l_{ff}$ the feed-forward network's intermediate activation (the input of the down-projection). {model} has {model.layers} layers, grouped-query attention with {model.heads} query heads and {model.kvHeads} key/value heads of dimension {model.headDim}, and an FFN width of {model.ffn}. How many parameters does IA³ train?",
    parameters: [{ kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "mistral-7b", "gemma-2-9b"] }],
    answer: { fn: "peft.ia3_params", inputs: { layers: "model.layers", kvHeads: "model.kvHeads", headDim: "model.headDim", ffn: "model.ffn" } },
    display: { unit: "", digits: 4 },
    distractors: [
      { misconception: "query-heads-for-kv-heads", answer: { fn: "peft.ia3_params", inputs: { layers: "model.layers", kvHeads: "model.heads", headDim: "model.headDim", ffn: "model.ffn" } } },
      { misconception: "forgot-layers", answer: { fn: "peft.ia3_params", inputs: { layers: 1, kvHeads: "model.kvHeads", headDim: "model.headDim", ffn: "model.ffn" } } },
    ],
    explanation:
      "The keys and values are only KV heads × head dim wide under GQA, so per layer IA³ trains $2 \\cdot n_{kv} \\cdot d_{head} + d_{ff}$ scalars, times the number of layers. For Llama 3 8B that is $32 \\times (1024 + 1024 + 14336) = 524{,}288$ — under 0.01 % of the model, about 6× fewer than LoRA at rank 8 on $W_q$ and $W_v$. The vectors are element-wise multipliers, so they can be folded into the weights after training.",
    source: { ...IA3, detail: "the vectors l_k, l_v, l_ff; which activations are scaled follows the PEFT IA3 documentation" },
    difficulty: "medium",
    tags: ["ia3", "counting", "gqa"],
  },
  {
    key: "peft-ia3-third-vector",
    kind: "short_text",
    topic: "peft",
    title: "What IA³'s third vector rescales",
    prompt: "IA³ learns one vector that rescales the attention keys and one that rescales the values. What does its third learned vector rescale? (a few words)",
    accepted: [
      "FFN activations",
      "feed-forward activations",
      "feedforward activations",
      "the FFN",
      "FFN",
      "feed-forward",
      "feedforward",
      "feed-forward network",
      "the feed-forward intermediate activation",
      "FFN intermediate activation",
      "MLP activations",
      "MLP",
    ],
    explanation:
      "The intermediate activation of the position-wise feed-forward network ($l_{ff} \\in \\mathbb{R}^{d_{ff}}$, applied before the down-projection). IA³ (“Infused Adapter by Inhibiting and Amplifying Inner Activations”) adds no matrices at all: only these three element-wise scalings per layer, initialised to ones.",
    source: IA3,
    difficulty: "easy",
    tags: ["ia3"],
  },
];
