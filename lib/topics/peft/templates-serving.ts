import type { TemplateInput } from "@/lib/questions/template-schema";
import { DORA, PUNICA, S_LORA } from "./sources";

/** Serving many adapters on one base model, and how the methods compare in size. */
export const PEFT_SERVING_TEMPLATES: TemplateInput[] = [
  {
    key: "peft-slora-unified-paging",
    kind: "multiple_choice",
    topic: "peft",
    title: "S-LoRA's Unified Paging",
    prompt: "S-LoRA serves thousands of LoRA adapters of one base model from a single GPU. What does its **Unified Paging** manage?",
    choices: [
      {
        text: "One GPU memory pool, in pages, for both the active adapters' weights (of different ranks) and the KV cache (of different sequence lengths)",
        correct: true,
      },
      { text: "The base model's weights, paged in from CPU layer by layer", correct: false, feedback: "The base model stays resident on the GPU; the adapters are what come and go." },
      { text: "Merged copies of the base model, one per adapter", correct: false, feedback: "Merging per adapter would duplicate the base weights; S-LoRA keeps one base and computes each request's xAB separately." },
      { text: "Only the KV cache, as in vLLM's PagedAttention", correct: false, feedback: "Unified Paging extends paging to the adapter weights too, so both share one pool and fragment less." },
    ],
    explanation:
      "S-LoRA keeps all adapters in host memory and fetches the ones that running requests need. Their weights (sizes vary with the rank) and the KV cache (sizes vary with sequence length) share one paged pool, which reduces fragmentation. With custom kernels for heterogeneous batching it reports up to 4× the throughput of HuggingFace PEFT and vLLM with naive LoRA support, and several orders of magnitude more adapters served.",
    source: S_LORA,
    difficulty: "medium",
    tags: ["serving", "multi-lora", "s-lora"],
  },
  {
    key: "peft-punica-sgmv",
    kind: "short_text",
    topic: "peft",
    title: "Punica's batching kernel",
    prompt:
      "Punica batches requests that use *different* LoRA adapters of one base model: the base model's matrix products run once for the whole batch, and a custom CUDA kernel gathers each request's own $A$ and $B$. What is that kernel called? (abbreviation or full name)",
    accepted: ["SGMV", "Segmented Gather Matrix-Vector multiplication", "Segmented Gather Matrix-Vector Multiplication", "segmented gather matrix vector"],
    explanation:
      "SGMV — Segmented Gather Matrix-Vector multiplication. Because every request shares the base weights, a GPU holds one copy of the base model and batches across tenants; Punica reports 12× higher throughput than state-of-the-art serving systems of the time while adding only about 2 ms of latency per token.",
    source: PUNICA,
    difficulty: "hard",
    tags: ["serving", "multi-lora", "punica"],
  },
  {
    key: "peft-multi-lora-merge",
    kind: "true_false",
    topic: "peft",
    title: "Must adapters be merged to be served?",
    prompt:
      "True or false: to serve requests for several different LoRA adapters in one batch, each adapter must first be merged into its own copy of the base weights ($W_0 + BA$).",
    correct: false,
    explanation:
      "False. Merging removes latency when serving *one* adapter, but for many adapters it would duplicate the base weights per adapter. Multi-LoRA servers keep one shared $W_0$, compute $xW_0$ for the whole batch, and add each request's own $xAB$ with batched kernels (Punica's SGMV, S-LoRA's heterogeneous-batching kernels). The unmerged path costs a little extra compute per token.",
    source: PUNICA,
    difficulty: "medium",
    tags: ["serving", "multi-lora", "inference"],
  },
  {
    key: "peft-llama3-methods-order",
    kind: "ordering",
    topic: "peft",
    title: "Trainable parameters by method on a GQA model",
    prompt:
      "For Llama 3 8B (32 layers, $d_{model} = 4096$, 8 KV heads × 128, FFN width 14,336), order these setups by the number of parameters they train, **fewest first**. LoRA and DoRA adapt $W_q$ ($4096 \\to 4096$) and $W_v$ ($4096 \\to 1024$) in every layer.",
    items: [
      "Prompt tuning with 20 soft-prompt tokens",
      "IA³ (key, value and FFN scaling vectors in every layer)",
      "LoRA at rank 8 on W_q and W_v",
      "DoRA at rank 8 on W_q and W_v",
      "Full fine-tuning",
    ],
    explanation:
      "Prompt tuning: $20 \\times 4096 = 81{,}920$. IA³: $32 \\times (1024 + 1024 + 14336) = 524{,}288$. LoRA: $32 \\times 8 \\times [(4096 + 4096) + (4096 + 1024)] = 3{,}407{,}872$. DoRA adds one magnitude per output feature, $32 \\times (4096 + 1024) = 163{,}840$: 3,571,712. Full fine-tuning: all 8.03 B. Note that $W_v$ is narrow under GQA, so it gets fewer LoRA parameters than $W_q$.",
    source: DORA,
    difficulty: "hard",
    tags: ["lora", "dora", "ia3", "prompt-tuning", "counting"],
  },
];
