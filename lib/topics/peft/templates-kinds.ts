import type { TemplateInput } from "@/lib/questions/template-schema";
import { ADAM_8BIT, LORA } from "./sources";

const PRESETS = ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"];

/** Templates of the matching, multiple-answer and unit-required numeric kinds. */
export const PEFT_KIND_TEMPLATES: TemplateInput[] = [
  {
    key: "peft-match-what-is-trained",
    kind: "matching",
    topic: "peft",
    title: "Match each PEFT method to what it trains",
    prompt: "Each parameter-efficient method keeps the pretrained weights frozen and trains something small instead. Match each method to what it trains. One option fits none of the methods.",
    pairs: [
      { prompt: "LoRA", answer: "A low-rank product B·A added to frozen weight matrices" },
      { prompt: "Adapters (Houlsby et al.)", answer: "Bottleneck layers (down-projection, up-projection, residual) inserted in each block" },
      { prompt: "Prompt tuning", answer: "Soft-prompt vectors prepended to the input embeddings only" },
      { prompt: "Prefix tuning", answer: "Trainable prefix vectors inserted at every layer" },
      { prompt: "(IA)³", answer: "Three vectors per layer that rescale keys, values and FFN activations" },
    ],
    distractors: ["Every weight of the model, with Adam moments for all of them"],
    explanation:
      "LoRA trains $B \\in \\mathbb{R}^{d \\times r}$ and $A \\in \\mathbb{R}^{r \\times k}$, $r(d + k)$ parameters per adapted matrix. Houlsby adapters add $d \\to m \\to d$ bottlenecks ($2md + d + m$ parameters each). Prompt tuning trains $k \\cdot d$ input vectors; prefix tuning adds trainable prefixes at every layer. (IA)³ learns $d_k + d_v + d_{ff}$ scaling values per layer. Updating every weight with Adam is full fine-tuning — about 16 bytes per parameter of model states, the cost all these methods avoid.",
    source: { ...LORA, detail: "Section 4; adapters (arXiv 1902.00751), prompt tuning (arXiv 2104.08691), prefix tuning (arXiv 2101.00190) and (IA)³ (arXiv 2205.05638) for the others." },
    difficulty: "easy",
    tags: ["methods", "lora", "adapters", "prompt-tuning"],
  },
  {
    key: "peft-true-statements-lora",
    kind: "multiple_answer",
    topic: "peft",
    title: "What LoRA does and doesn't save",
    prompt: "Tick **all** statements about LoRA ($W = W_0 + \\frac{\\alpha}{r} BA$, $W_0$ frozen) that are true.",
    choices: [
      { text: "$B$ starts at zero, so at the first step the model computes exactly what the pretrained model does.", correct: true },
      { text: "Once $BA$ is merged into $W_0$, inference is no slower than with the original model.", correct: true },
      { text: "On GPT-3 175B the LoRA paper reports about 3× less training GPU memory (1.2 TB → 350 GB).", correct: true },
      {
        text: "Parameter-efficient fine-tuning cuts training memory by 100–1000×.",
        correct: false,
        feedback: "LoRA reports 3× less GPU memory on GPT-3 175B. The frozen weights and the activations still have to be in memory; only gradients and optimizer state shrink.",
      },
      {
        text: "LoRA fine-tuning of Llama 3 70B with its base weights in 16-bit fits in 24 GB of GPU memory.",
        correct: false,
        feedback: "The 16-bit base weights alone take ≈ 141 GB (70.55 B × 2 bytes). Even QLoRA, with a 4-bit base, needs a 48 GB GPU for a 65B model.",
      },
      {
        text: "Training 10,000× fewer parameters makes each training step about 1,000× cheaper in compute.",
        correct: false,
        feedback: "The forward and backward passes still run through the whole frozen model, so a step costs about as much compute as in full fine-tuning; what shrinks is the weight-gradient and optimizer work for the frozen weights.",
      },
    ],
    explanation:
      "LoRA trains $r(d + k)$ parameters per adapted matrix instead of $dk$ — 10,000× fewer on GPT-3 175B — and starts from $W_0$ because $B = 0$. Memory falls about 3× (no gradients or Adam state for $W_0$), not 100–1000×: the frozen weights and activations remain. Compute per step barely changes, since activations must still be propagated back through every frozen layer. Merging $BA$ into $W_0$ removes any inference overhead.",
    source: { ...LORA, detail: "Sections 4.1–4.2: initialisation, no added inference latency, and the GPT-3 175B memory figures (1.2 TB → 350 GB)." },
    difficulty: "medium",
    tags: ["lora", "memory", "misconception"],
  },
  {
    key: "peft-adam8bit-gib",
    kind: "numeric",
    topic: "peft",
    title: "8-bit Adam model states in GiB, unit required",
    prompt:
      "You fully fine-tune {model} ({model.params} parameters) in mixed precision with **8-bit Adam**: 16-bit weights (2 bytes) and gradients (2 bytes), FP32 master weights (4 bytes), and Adam's two moments in 8 bits each (1 + 1 bytes). How much memory do these model states take, before activations and ignoring the per-block quantization constants? **Write the unit** (answer in GiB, $2^{30}$ bytes); a number without a unit loses a quarter of the marks.",
    parameters: [{ kind: "preset", name: "model", presets: PRESETS }],
    answer: { fn: "finetune.adam8bit_bytes", inputs: { params: "model.params" } },
    display: { unit: "GiB", digits: 3 },
    tolerance: { relative: 0.01 },
    unitPenalty: 0.25,
    explanation:
      "$2 + 2 + 4 + 1 + 1 = 10$ bytes per parameter, against 16 with 32-bit Adam moments; divide by $2^{30}$ for GiB (about 7% less than the figure in GB). Even at 10 bytes per parameter, full fine-tuning of a 70B model needs ≈ 657 GiB of model states — which is why LoRA and QLoRA, which keep optimizer state only for the adapters, are the usual route on a few GPUs.",
    source: { ...ADAM_8BIT, detail: "8-bit optimizer states (2 bytes per parameter instead of 8); the accounting of the other states is ZeRO's (arXiv 1910.02054)." },
    difficulty: "medium",
    tags: ["adam", "memory", "8-bit", "units"],
  },
];
