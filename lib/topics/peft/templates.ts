import type { TemplateInput } from "@/lib/questions/template-schema";
import { ADAPTERS, LORA, PREFIX_TUNING, PROMPT_TUNING, QLORA, ZERO } from "./sources";
import { PEFT_KIND_TEMPLATES } from "./templates-kinds";
import { PEFT_MEMORY_TEMPLATES } from "./templates-memory";
import { PEFT_SERVING_TEMPLATES } from "./templates-serving";
import { PEFT_VARIANT_TEMPLATES } from "./templates-variants";

const PRESETS = ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"];

/** The first edition: LoRA, adapters, prompt and prefix tuning, Adam memory, QLoRA's base. */
const CORE_TEMPLATES: TemplateInput[] = [
  {
    key: "peft-lora-matrix-params",
    kind: "numeric",
    topic: "peft",
    title: "LoRA parameters for one matrix",
    prompt:
      "LoRA adapts a frozen weight matrix $W_0 \\in \\mathbb{R}^{d \\times k}$ with $d = {d}$ (output) and $k = {k}$ (input) by training $B \\in \\mathbb{R}^{d \\times r}$ and $A \\in \\mathbb{R}^{r \\times k}$ at rank $r = {r}$. How many trainable parameters does this one matrix get?",
    parameters: [
      { kind: "choice", name: "d", values: [1024, 4096, 8192, 14336] },
      { kind: "choice", name: "k", values: [1024, 4096, 8192, 14336] },
      { kind: "choice", name: "r", values: [4, 8, 16, 32, 64] },
    ],
    answer: { fn: "peft.lora_params", inputs: { d: "d", k: "k", r: "r" } },
    display: { unit: "", digits: 3 },
    explanation:
      "$B$ has $d \\cdot r$ entries and $A$ has $r \\cdot k$, so LoRA trains $r(d + k)$ parameters instead of the $d \\cdot k$ of the full matrix: for $4096 \\times 4096$ at $r = 8$, 65,536 instead of 16.8 million.",
    source: LORA,
    difficulty: "easy",
    tags: ["lora", "counting"],
  },
  {
    key: "peft-lora-qv-model",
    kind: "multiple_choice",
    topic: "peft",
    title: "LoRA on W_q and W_v across a whole model",
    prompt:
      "{model} uses multi-head attention with $d_{model} = {model.hidden}$ and {model.layers} layers, so $W_q$ and $W_v$ are both $d_{model} \\times d_{model}$. As in the LoRA paper, you adapt $W_q$ and $W_v$ in every layer at rank $r = {r}$. How many trainable parameters is that in total?",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-2-7b", "gpt-3-175b"] },
      { kind: "choice", name: "r", values: [1, 2, 4, 8, 16, 64] },
    ],
    answer: { fn: "peft.lora_model_params", inputs: { layers: "model.layers", matricesPerLayer: 2, d: "model.hidden", k: "model.hidden", r: "r" } },
    display: { unit: "", digits: 3 },
    distractors: [
      { misconception: "lora-r-times-d", scale: 0.5 },
      { misconception: "lora-one-matrix", answer: { fn: "peft.lora_params", inputs: { d: "model.hidden", k: "model.hidden", r: "r" } } },
      // r = d on a d × d matrix gives r(d + k) = 2d², so one "matrix" here stands for both full W_q and W_v of a layer.
      { misconception: "lora-full-matrix", answer: { fn: "peft.lora_model_params", inputs: { layers: "model.layers", matricesPerLayer: 1, d: "model.hidden", k: "model.hidden", r: "model.hidden" } } },
    ],
    explanation:
      "Each adapted matrix gets $r(d + k) = 2r\\,d_{model}$ parameters; two matrices per layer in every layer gives $2 \\cdot L \\cdot 2r\\,d_{model}$. On GPT-3 175B at $r = 4$ that is ≈ 18.9 M — about 10,000× fewer than the 175 B of full fine-tuning, and a checkpoint of about 35 MB instead of 350 GB.",
    source: LORA,
    difficulty: "medium",
    tags: ["lora", "counting", "models"],
  },
  {
    key: "peft-lora-gqa-model",
    kind: "numeric",
    topic: "peft",
    title: "LoRA on the square projections of a GQA model",
    prompt:
      "{model} has {model.layers} layers, $d_{model} = {model.hidden}$, and grouped-query attention with {model.heads} query heads and {model.kvHeads} KV heads of dimension {model.headDim}. You apply LoRA at rank $r = {r}$ to the query projection $W_q$ ($d_{model} \\to$ query heads × head dim) and the output projection $W_o$ (query heads × head dim $\\to d_{model}$) in every layer. How many trainable parameters does that add?",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "mistral-7b"] },
      { kind: "choice", name: "r", values: [8, 16, 32, 64] },
    ],
    answer: { fn: "peft.lora_model_params", inputs: { layers: "model.layers", matricesPerLayer: 2, d: "model.hidden", k: "model.hidden", r: "r" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Query heads × head dim equals $d_{model}$ for these models, so $W_q$ and $W_o$ are square: $r(d + k) = 2r\\,d_{model}$ each, times 2 matrices per layer and $L$ layers. ($W_k$ and $W_v$ map $d_{model}$ to only KV heads × head dim, so they would get fewer.) Even at $r = 64$ this stays far below 1 % of the model.",
    source: LORA,
    difficulty: "hard",
    tags: ["lora", "counting", "gqa", "models"],
  },
  {
    key: "peft-trainable-share",
    kind: "numeric",
    topic: "peft",
    title: "Trainable share of a LoRA setup",
    prompt:
      "A LoRA configuration trains {trainable} parameters on top of the frozen {model}, which has {model.params} parameters. What percentage of the base model's parameter count is trainable? Answer in %.",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-2-7b", "llama-3-8b", "llama-3-70b", "gpt-3-175b"] },
      { kind: "choice", name: "trainable", values: [4194304, 13631488, 18874368, 37748736] },
    ],
    answer: { fn: "peft.trainable_share", inputs: { trainableParams: "trainable", baseParams: "model.params" } },
    display: { unit: "%", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "Divide the trainable count by the frozen base count (not by base + adapters) and multiply by 100. Typical LoRA setups train well under 1 % of the parameters, which is why optimizer state and gradients become small — while the frozen weights still have to fit in memory.",
    source: LORA,
    difficulty: "medium",
    tags: ["lora", "ratios"],
  },
  {
    key: "peft-adapter-params",
    kind: "numeric",
    topic: "peft",
    title: "Parameters of a bottleneck adapter",
    prompt:
      "A Houlsby adapter projects the hidden state of width $d = {d}$ down to $m = {m}$, applies a nonlinearity, projects back up to $d$ and adds a residual connection. Both projections have biases. How many parameters does **one** adapter have?",
    parameters: [
      { kind: "choice", name: "d", values: [768, 1024, 4096] },
      { kind: "choice", name: "m", values: [8, 16, 32, 64, 128, 256] },
    ],
    constraints: [{ left: "m", op: "<", right: "d" }],
    answer: { fn: "peft.adapter_params", inputs: { d: "d", m: "m" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Down-projection $d \\times m$ plus $m$ biases, up-projection $m \\times d$ plus $d$ biases: $2md + d + m$. BERT-base ($d = 768$) with $m = 64$ gives 99,136. Houlsby et al. insert two adapters per layer and came within 0.4 % of full fine-tuning on GLUE with 3.6 % added parameters per task.",
    source: ADAPTERS,
    difficulty: "medium",
    tags: ["adapters", "counting"],
  },
  {
    key: "peft-prompt-tuning-params",
    kind: "numeric",
    topic: "peft",
    title: "Parameters of a soft prompt",
    prompt:
      "Prompt tuning prepends $k = {tokens}$ trainable soft-prompt vectors to the input embeddings of the frozen {model}, whose width is $d_{model} = {model.hidden}$. How many parameters are trained?",
    parameters: [
      { kind: "preset", name: "model", presets: PRESETS },
      { kind: "choice", name: "tokens", values: [5, 20, 50, 100, 150] },
    ],
    answer: { fn: "peft.prompt_tuning_params", inputs: { tokens: "tokens", d: "model.hidden" } },
    display: { unit: "", digits: 3 },
    explanation:
      "Each soft-prompt token is one trainable vector of width $d_{model}$: $k \\cdot d_{model}$ parameters, and nothing inside the model changes. Lester et al. found this matches full fine-tuning only once models reach billions of parameters.",
    source: PROMPT_TUNING,
    difficulty: "easy",
    tags: ["prompt-tuning", "counting"],
  },
  {
    key: "peft-full-adam-gb",
    kind: "multiple_choice",
    topic: "peft",
    title: "Memory for full fine-tuning with Adam",
    prompt:
      "{model} has {model.params} parameters. You fully fine-tune it with Adam in mixed precision: FP16 weights and gradients, FP32 master weights and two FP32 Adam moments. How much memory do these model states take, before activations? Answer in GB ($10^9$ bytes).",
    parameters: [{ kind: "preset", name: "model", presets: PRESETS }],
    answer: { fn: "finetune.full_adam_bytes", inputs: { params: "model.params" } },
    display: { unit: "GB", digits: 3 },
    distractors: [
      { misconception: "adam-weights-only", scale: 0.125 },
      { misconception: "adam-no-master-weights", scale: 0.75 },
      { misconception: "gb-vs-gib", scale: 0.931322574615 },
    ],
    explanation:
      "Per parameter: 2 (FP16 weights) + 2 (FP16 gradients) + 4 (FP32 master weights) + 4 + 4 (Adam's two moments) = 16 bytes. A 70B model needs ≈ 1.1 TB before a single activation is stored, which is why ZeRO shards these states across GPUs.",
    source: ZERO,
    difficulty: "medium",
    tags: ["full-fine-tuning", "memory", "adam"],
  },
  {
    key: "peft-full-adam-gib",
    kind: "numeric",
    topic: "peft",
    title: "Adam model states in GiB",
    prompt:
      "Mixed-precision Adam keeps 16 bytes per parameter (FP16 weights 2 + FP16 gradients 2 + FP32 master weights 4 + two FP32 moments 8). How much memory do these states take for full fine-tuning of {model}, which has {model.params} parameters? Answer in **GiB** ($2^{30}$ bytes).",
    parameters: [{ kind: "preset", name: "model", presets: PRESETS }],
    answer: { fn: "finetune.full_adam_bytes", inputs: { params: "model.params" } },
    display: { unit: "GiB", digits: 3 },
    explanation:
      "$16 \\times \\text{params}$ bytes, divided by $2^{30}$. Activations, temporary buffers and fragmentation come on top, so a full fine-tune of even a 7–9 B model does not fit on a single 80 GB GPU without sharding or offloading.",
    source: ZERO,
    difficulty: "easy",
    tags: ["full-fine-tuning", "memory", "adam", "units"],
  },
  {
    key: "peft-qlora-base-memory",
    kind: "numeric",
    topic: "peft",
    title: "Memory of a QLoRA base model",
    prompt:
      "QLoRA stores the frozen base model in NF4: 4 bits per weight, plus one 8-bit constant per block of 64 weights and one FP32 constant per block of 256 of those constants (double quantization). How much memory does the frozen base of {model}, with {model.params} parameters, take in this format? Answer in GB ($10^9$ bytes).",
    parameters: [{ kind: "preset", name: "model", presets: PRESETS }],
    answer: { fn: "quant.weight_bytes", inputs: { params: "model.params", bits: 4.126953125 } },
    display: { unit: "GB", digits: 3 },
    explanation:
      "Bits per parameter: $4 + 8/64 + 32/(64 \\cdot 256) \\approx 4.127$; memory $= \\text{params} \\times 4.127 / 8$ bytes. For Llama 3 70B that is ≈ 36.4 GB, which leaves room on a 48 GB GPU for the LoRA adapters, their optimizer state and activations (with gradient checkpointing).",
    source: QLORA,
    difficulty: "hard",
    tags: ["qlora", "memory", "nf4"],
  },
  {
    key: "peft-lora-70b-24gb",
    kind: "true_false",
    topic: "peft",
    title: "LoRA on Llama 3 70B in 24 GB?",
    prompt: "True or false: because LoRA trains only small adapters, LoRA fine-tuning of Llama 3 70B (with the base model in 16-bit) fits in 24 GB of GPU memory.",
    correct: false,
    explanation:
      "False. LoRA shrinks gradients and optimizer state, but the frozen base weights must still be in memory: $70.55 \\times 10^9 \\times 2$ bytes ≈ 141 GB in BF16. Even QLoRA, which stores the base in 4-bit NF4, fine-tunes a 65B model on one **48 GB** GPU, not 24 GB.",
    source: QLORA,
    difficulty: "easy",
    tags: ["lora", "qlora", "memory", "misconception"],
  },
  {
    key: "peft-lora-merge-latency",
    kind: "true_false",
    topic: "peft",
    title: "Does LoRA slow down inference?",
    prompt: "True or false: once the LoRA update is merged into the frozen matrix ($W = W_0 + BA$, with the scaling folded in), the fine-tuned model runs with no extra inference latency.",
    correct: true,
    explanation:
      "True. $BA$ has the same shape as $W_0$, so adding it gives an ordinary dense matrix of the original size. Adapters, by contrast, add sequential layers that cost latency at small batch sizes. To switch tasks, subtract $BA$ and add another.",
    source: LORA,
    difficulty: "easy",
    tags: ["lora", "inference"],
  },
  {
    key: "peft-lora-init",
    kind: "true_false",
    topic: "peft",
    title: "How LoRA is initialised",
    prompt: "True or false: LoRA initialises both $A$ and $B$ with random Gaussian values, so the model's outputs differ from the pretrained model's from the very first training step.",
    correct: false,
    explanation:
      "False. $A$ is random Gaussian but $B$ starts at zero, so $\\Delta W = BA = 0$ at initialisation: training starts exactly at the pretrained $W_0$, and the update grows from there.",
    source: LORA,
    difficulty: "medium",
    tags: ["lora", "initialisation"],
  },
  {
    key: "peft-lora-alpha-scaling",
    kind: "multiple_choice",
    topic: "peft",
    title: "LoRA's α/r scaling",
    prompt: "LoRA computes $W_0 x + \\frac{\\alpha}{r} B A x$. With $\\alpha = 16$ and rank $r = 8$, by what factor is the low-rank update $BAx$ multiplied?",
    choices: [
      { text: "2", correct: true },
      { text: "0.5", correct: false, feedback: "That is r/α; the update is scaled by α/r." },
      { text: "16", correct: false, feedback: "α alone is not the factor: it is divided by the rank r." },
      { text: "128", correct: false, feedback: "α and r are divided, not multiplied: α/r = 16/8." },
    ],
    explanation:
      "The factor is $\\alpha/r = 16/8 = 2$. The LoRA paper divides by $r$ to reduce the need to retune hyperparameters when the rank changes, and sets $\\alpha$ to the first $r$ tried without tuning it. (rsLoRA later showed that $1/r$ over-corrects at high ranks and proposed $\\alpha/\\sqrt{r}$.)",
    source: LORA,
    difficulty: "easy",
    tags: ["lora", "scaling"],
  },
  {
    key: "peft-prefix-vs-prompt",
    kind: "multiple_choice",
    topic: "peft",
    title: "Prefix tuning versus prompt tuning",
    prompt: "What distinguishes prefix tuning from prompt tuning?",
    choices: [
      { text: "Prefix tuning adds trainable vectors at every layer; prompt tuning only prepends trainable embeddings at the input.", correct: true },
      { text: "Prefix tuning searches for discrete text tokens; prompt tuning learns continuous vectors.", correct: false, feedback: "Both learn continuous vectors; neither searches over discrete tokens." },
      { text: "Prefix tuning trains low-rank matrices added to the attention weights.", correct: false, feedback: "That is LoRA." },
      { text: "Prefix tuning updates all model weights for the first few tokens only.", correct: false, feedback: "The model stays frozen in both methods; only the prefix or prompt vectors are trained." },
    ],
    explanation:
      "Prompt tuning trains $k \\cdot d$ input embeddings; prefix tuning (Li & Liang) prepends trainable activations to every layer, so the frozen model attends to learned keys and values throughout the network — more parameters, and more influence per token.",
    source: PREFIX_TUNING,
    difficulty: "medium",
    tags: ["prefix-tuning", "prompt-tuning"],
  },
  {
    key: "peft-methods-order",
    kind: "ordering",
    topic: "peft",
    title: "Trainable parameters by method",
    prompt:
      "For Llama 2 7B (32 layers, $d_{model} = 4096$), order these fine-tuning setups by the number of parameters they train, **fewest first**.",
    items: [
      "Prompt tuning with 20 soft-prompt tokens",
      "LoRA at rank 8 on the query and value projections in every layer",
      "Houlsby adapters with m = 64, two per layer",
      "Full fine-tuning",
    ],
    explanation:
      "Prompt tuning: $20 \\times 4096 = 81{,}920$. LoRA: $32 \\times 2 \\times 8 \\times (4096 + 4096) = 4{,}194{,}304$. Adapters: $32 \\times 2 \\times (2 \\cdot 64 \\cdot 4096 + 4096 + 64) = 33{,}820{,}672$. Full fine-tuning: all 6.74 B.",
    source: LORA,
    difficulty: "hard",
    tags: ["lora", "adapters", "prompt-tuning", "counting"],
  },
  {
    key: "peft-qlora-name",
    kind: "short_text",
    topic: "peft",
    title: "Fine-tuning through a 4-bit model",
    prompt:
      "Which method fine-tunes a 65B-parameter model on a single 48 GB GPU by backpropagating through a frozen 4-bit (NF4) base model into LoRA adapters, with double quantization and paged optimizers? (one word)",
    accepted: ["QLoRA", "Q-LoRA", "Quantized LoRA"],
    explanation:
      "QLoRA: the base model is stored in NF4 (≈ 4.127 bits per parameter with double-quantized constants) and dequantized to BF16 on the fly; only the LoRA adapters receive gradients and optimizer state.",
    source: QLORA,
    difficulty: "easy",
    tags: ["qlora", "lora"],
  },
  {
    key: "peft-lora-zero-matrix",
    kind: "short_text",
    topic: "peft",
    title: "Which LoRA factor starts at zero?",
    prompt: "In LoRA's update $\\Delta W = BA$ (with $B \\in \\mathbb{R}^{d \\times r}$, $A \\in \\mathbb{R}^{r \\times k}$), which of the two matrices is initialised to zero? (one letter)",
    accepted: ["B", "matrix B", "B matrix"],
    explanation: "$B$ starts at zero and $A$ is random Gaussian, so $BA = 0$ and the model starts exactly at $W_0$. (If both were zero, neither would receive a gradient.)",
    source: LORA,
    difficulty: "medium",
    tags: ["lora", "initialisation"],
  },
];

/** Built-in templates for parameter-efficient fine-tuning (and full fine-tuning memory). Content follows the project's topic facts. */
export const PEFT_TEMPLATES: TemplateInput[] = [...CORE_TEMPLATES, ...PEFT_VARIANT_TEMPLATES, ...PEFT_MEMORY_TEMPLATES, ...PEFT_SERVING_TEMPLATES, ...PEFT_KIND_TEMPLATES];
