import type { TemplateInput } from "@/lib/questions/template-schema";
import { ADAM_8BIT, LORA, QLORA, ZERO } from "./sources";

const PRESETS = ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b", "gpt-3-175b"];

/** What fine-tuning holds in memory: QLoRA's budget, 8-bit Adam, adapter files, and the lecture posts' wrong figures. */
export const PEFT_MEMORY_TEMPLATES: TemplateInput[] = [
  {
    key: "peft-qlora-budget",
    kind: "numeric",
    topic: "peft",
    title: "QLoRA memory budget: base plus adapter states",
    prompt:
      "You fine-tune {model} ({model.params} parameters) with QLoRA. Every base parameter is stored in NF4 with double quantization, $4 + 8/64 + 32/(64 \\cdot 256) \\approx 4.127$ bits. The {lora} LoRA parameters are kept in BF16 with BF16 gradients and two FP32 Adam moments (paged 32-bit AdamW, as in QLoRA's code): $2 + 2 + 8 = 12$ bytes each. How much memory do these model states take? Ignore activations, optimizer paging buffers and the CUDA context. Answer in GB ($10^9$ bytes).",
    parameters: [
      { kind: "preset", name: "model", presets: ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "gemma-2-9b"] },
      { kind: "choice", name: "lora", values: [4194304, 20971520, 41943040, 167772160] },
    ],
    answer: { fn: "peft.qlora_state_bytes", inputs: { baseParams: "model.params", baseBits: 4.126953125, loraParams: "lora" } },
    display: { unit: "GB", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "Base: $\\text{params} \\times 4.127 / 8$ bytes; adapters: $12$ bytes per LoRA parameter. The base dominates: Llama 3 70B's NF4 weights are ≈ 36.4 GB, and even LoRA at $r = 64$ on every linear layer (≈ 828 M parameters) adds only ≈ 9.9 GB — about 46 GB in all, which is why QLoRA can fine-tune a 65B model on one 48 GB GPU, with gradient checkpointing keeping activations small and paged optimizers absorbing memory spikes. (In practice bitsandbytes keeps the embeddings and output head in 16-bit, so real usage is a little higher.) With a 16-bit base the same model needs ≈ 141 GB for the weights alone.",
    source: { ...QLORA, detail: "NF4 + double quantization; adapter precision and optimizer (paged_adamw_32bit) from the official qlora.py" },
    difficulty: "hard",
    tags: ["qlora", "memory", "nf4"],
  },
  {
    key: "peft-adam8bit-gb",
    kind: "multiple_choice",
    topic: "peft",
    title: "Full fine-tuning memory with 8-bit Adam",
    prompt:
      "You fully fine-tune {model} ({model.params} parameters) in mixed precision with **8-bit Adam**: 16-bit weights and gradients, FP32 master weights, and Adam's two moments stored in 8 bits each. How much memory do these model states take, before activations and ignoring the small per-block quantization constants? Answer in GB ($10^9$ bytes).",
    parameters: [{ kind: "preset", name: "model", presets: PRESETS }],
    answer: { fn: "finetune.adam8bit_bytes", inputs: { params: "model.params" } },
    display: { unit: "GB", digits: 3 },
    distractors: [
      { misconception: "adam8bit-states-unchanged", answer: { fn: "finetune.full_adam_bytes", inputs: { params: "model.params" } } },
      { misconception: "adam-no-master-weights", scale: 0.6 },
      { misconception: "optimizer-states-only", scale: 0.2 },
    ],
    explanation:
      "Per parameter: 2 (weights) + 2 (gradients) + 4 (FP32 master weights) + 1 + 1 (8-bit $m$ and $v$) = 10 bytes, against ZeRO's 16 with 32-bit moments. Block-wise quantization is what lets the two moments shrink from 8 bytes to 2 without losing 32-bit Adam's accuracy. It saves 6 bytes per parameter — for Llama 3 70B still ≈ 706 GB of model states, so full fine-tuning at that size needs sharding across GPUs either way.",
    source: { ...ADAM_8BIT, detail: "8-bit optimizer states; the 2 + 2 + 4 accounting of the other states is ZeRO's (arXiv 1910.02054)" },
    difficulty: "medium",
    tags: ["adam", "memory", "8-bit", "full-fine-tuning"],
  },
  {
    key: "peft-full-ft-70b-280gb",
    kind: "true_false",
    topic: "peft",
    title: "Full fine-tuning a 70B model in 280 GB?",
    prompt: "True or false: full fine-tuning of a 70B-parameter model with Adam needs about 280 GB of GPU memory, since each parameter is a 4-byte float.",
    correct: false,
    explanation:
      "False — far too low. 280 GB is only the FP32 weights. Mixed-precision Adam holds ≈ 16 bytes per parameter of model states (FP16 weights 2 + gradients 2 + FP32 master weights 4 + two moments 8, ZeRO's accounting): $70.55 \\times 10^9 \\times 16 \\approx 1.13$ TB for Llama 3 70B, before a single activation. That is why such runs shard the states over many GPUs (ZeRO/FSDP).",
    source: ZERO,
    difficulty: "easy",
    tags: ["full-fine-tuning", "memory", "misconception"],
  },
  {
    key: "peft-memory-reduction-claim",
    kind: "true_false",
    topic: "peft",
    title: "Does PEFT cut memory 100–1000×?",
    prompt: "True or false: parameter-efficient fine-tuning such as LoRA reduces the GPU memory needed for fine-tuning by a factor of 100 to 1000.",
    correct: false,
    explanation:
      "False. On GPT-3 175B the LoRA paper reports 1.2 TB → 350 GB, about **3×** less GPU memory: gradients and optimizer states for the frozen weights disappear, but the frozen weights themselves (350 GB in FP16) still have to be in memory, plus activations. The 10,000× figure is for the number of *trainable parameters* (and the checkpoint: 35 MB instead of 350 GB), not for memory. Quantizing the base (QLoRA) is what brings a further large cut.",
    source: LORA,
    difficulty: "medium",
    tags: ["lora", "memory", "misconception"],
  },
  {
    key: "peft-compute-claim",
    kind: "multiple_choice",
    topic: "peft",
    title: "How much compute does LoRA save per step?",
    prompt:
      "A colleague argues: “LoRA trains 10,000× fewer parameters than full fine-tuning of GPT-3 175B, so each training step needs about 1000× less compute.” Which statement is right?",
    choices: [
      {
        text: "The forward pass and the backpropagation of activation gradients still run through every frozen layer; LoRA only skips the frozen weights' gradients and updates, so a step costs at best about two thirds as much",
        correct: true,
      },
      { text: "Compute falls in proportion to the trainable parameters, so about 10,000× less", correct: false, feedback: "FLOPs scale with the whole model the data flows through, not with what is trained." },
      { text: "LoRA skips the backward pass, because the base model is frozen", correct: false, feedback: "Gradients must flow back through the frozen layers to reach the adapters in earlier layers." },
      { text: "LoRA costs far more compute than full fine-tuning because of the extra matrices", correct: false, feedback: "The low-rank products add only a small fraction of the FLOPs." },
    ],
    explanation:
      "Training costs ≈ $6N$ FLOPs per token for $N$ parameters: $2N$ forward, $4N$ backward — half of that for activation gradients, half for weight gradients (Kaplan et al., arXiv 2001.08361). A frozen matrix still needs the forward product and the activation-gradient product; only its weight gradient (≈ $2N$) and optimizer update go. So a LoRA step costs roughly $4N$ instead of $6N$ — not 1000× less. LoRA's real gains are memory (≈ 3× on GPT-3 175B), 10,000× fewer trainable parameters and tiny checkpoints.",
    source: { ...LORA, detail: "trainable-parameter and memory figures; the 6N FLOPs rule is from Kaplan et al., arXiv 2001.08361" },
    difficulty: "hard",
    tags: ["lora", "compute", "misconception"],
  },
  {
    key: "peft-lora-adapter-size",
    kind: "numeric",
    topic: "peft",
    title: "Size of a LoRA adapter file",
    prompt:
      "{model} uses multi-head attention with $d_{model} = {model.hidden}$ and {model.layers} layers. You train LoRA at rank $r = {r}$ on $W_q$ and $W_v$ (both $d_{model} \\times d_{model}$) in every layer and save only the $A$ and $B$ matrices in FP16 (2 bytes per value). How large is the adapter? Answer in MB ($10^6$ bytes).",
    parameters: [
      { kind: "preset", name: "model", presets: ["gpt-3-175b", "llama-2-7b"] },
      { kind: "choice", name: "r", values: [1, 2, 4, 8, 16, 64] },
    ],
    answer: { fn: "peft.lora_adapter_bytes", inputs: { layers: "model.layers", matricesPerLayer: 2, d: "model.hidden", k: "model.hidden", r: "r", bytesPerValue: 2 } },
    display: { unit: "MB", digits: 3 },
    tolerance: { relative: 0.01 },
    explanation:
      "Parameters $L \\times 2 \\times r(d + d)$, times 2 bytes. GPT-3 175B at $r = 4$: 18.9 M parameters → 37.7 MB, the “35 MB instead of 350 GB” (≈ 10,000× smaller) that the LoRA paper reports. That is what makes one base model with thousands of swappable task adapters practical to store and serve.",
    source: LORA,
    difficulty: "medium",
    tags: ["lora", "storage", "serving"],
  },
  {
    key: "peft-memory-order",
    kind: "ordering",
    topic: "peft",
    title: "Fine-tuning memory for Llama 3 70B",
    prompt: "For Llama 3 70B (70.55 B parameters), order these memory figures, **smallest first**. Activations are not included in any of them.",
    items: [
      "QLoRA's frozen base in NF4 with double quantization (≈ 4.127 bits per parameter)",
      "The frozen base in BF16, as 16-bit LoRA holds it",
      "Full fine-tuning model states with 8-bit Adam (10 bytes per parameter)",
      "Full fine-tuning model states with mixed-precision 32-bit Adam (16 bytes per parameter)",
    ],
    explanation:
      "NF4: $70.55 \\times 10^9 \\times 4.127 / 8 \\approx 36.4$ GB. BF16 weights: ≈ 141 GB. 8-bit Adam: ≈ 706 GB. 32-bit Adam: ≈ 1.13 TB. LoRA's adapters and their optimizer states add little on top of the first two; the base weights are what decide which GPU you need.",
    source: QLORA,
    difficulty: "medium",
    tags: ["memory", "qlora", "adam"],
  },
  {
    key: "peft-paged-optimizers",
    kind: "multiple_choice",
    topic: "peft",
    title: "What QLoRA's paged optimizers do",
    prompt: "QLoRA adds **paged optimizers** to NF4 and double quantization. What problem do they solve?",
    choices: [
      {
        text: "Memory spikes: optimizer states live in NVIDIA unified memory and are paged to CPU RAM when the GPU would run out, then paged back for the update",
        correct: true,
      },
      { text: "They quantize the optimizer states to 4 bits", correct: false, feedback: "QLoRA's code uses 32-bit paged AdamW; paging moves memory, it does not compress it." },
      { text: "They split the optimizer across several GPUs, as ZeRO does", correct: false, feedback: "Paging works on a single GPU, against host memory." },
      { text: "They skip optimizer steps for adapters whose gradients are small", correct: false, feedback: "Every adapter parameter is updated at every step." },
    ],
    explanation:
      "A mini-batch with long sequences causes a memory spike during gradient checkpointing. Paged optimizers use unified memory's automatic page transfers between GPU and CPU, so a spike evicts optimizer state to host RAM instead of crashing with out-of-memory. Together with NF4 weights and double quantization this is how a 65B model is fine-tuned on one 48 GB GPU.",
    source: QLORA,
    difficulty: "medium",
    tags: ["qlora", "memory", "optimizer"],
  },
];
