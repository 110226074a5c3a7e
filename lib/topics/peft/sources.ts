/** Sources the PEFT templates and cards share: one definition each, so titles and URLs never drift. */
export const LORA = { title: "LoRA: Low-Rank Adaptation of Large Language Models, arXiv 2106.09685", url: "https://arxiv.org/abs/2106.09685" };
export const ADAPTERS = { title: "Parameter-Efficient Transfer Learning for NLP (Houlsby et al.), arXiv 1902.00751", url: "https://arxiv.org/abs/1902.00751" };
export const PROMPT_TUNING = { title: "The Power of Scale for Parameter-Efficient Prompt Tuning, arXiv 2104.08691", url: "https://arxiv.org/abs/2104.08691" };
export const PREFIX_TUNING = { title: "Prefix-Tuning: Optimizing Continuous Prompts for Generation, arXiv 2101.00190", url: "https://arxiv.org/abs/2101.00190" };
export const QLORA = { title: "QLoRA: Efficient Finetuning of Quantized LLMs, arXiv 2305.14314", url: "https://arxiv.org/abs/2305.14314" };
export const ZERO = { title: "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models, arXiv 1910.02054", url: "https://arxiv.org/abs/1910.02054" };
export const DORA = { title: "DoRA: Weight-Decomposed Low-Rank Adaptation, arXiv 2402.09353", url: "https://arxiv.org/abs/2402.09353" };
export const RSLORA = { title: "A Rank Stabilization Scaling Factor for Fine-Tuning with LoRA (rsLoRA), arXiv 2312.03732", url: "https://arxiv.org/abs/2312.03732" };
export const LORA_PLUS = { title: "LoRA+: Efficient Low Rank Adaptation of Large Models, arXiv 2402.12354", url: "https://arxiv.org/abs/2402.12354" };
export const IA3 = {
  title: "Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning ((IA)³), arXiv 2205.05638",
  url: "https://arxiv.org/abs/2205.05638",
};
export const ADALORA = { title: "AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning, arXiv 2303.10512", url: "https://arxiv.org/abs/2303.10512" };
export const ADAM_8BIT = { title: "8-bit Optimizers via Block-wise Quantization, arXiv 2110.02861", url: "https://arxiv.org/abs/2110.02861" };
export const S_LORA = { title: "S-LoRA: Serving Thousands of Concurrent LoRA Adapters, arXiv 2311.03285", url: "https://arxiv.org/abs/2311.03285" };
export const PUNICA = { title: "Punica: Multi-Tenant LoRA Serving, arXiv 2310.18547", url: "https://arxiv.org/abs/2310.18547" };
/** For the implementation facts (magnitude per output feature, which activations IA³ scales, use_rslora's α/√r). */
export const PEFT_DOCS = { title: "Hugging Face PEFT documentation (LoRA variants, IA3)", url: "https://huggingface.co/docs/peft" };
/** C ≈ 6N FLOPs per token for training: forward 2N, backward 4N. */
export const SCALING_LAWS = { title: "Scaling Laws for Neural Language Models (Kaplan et al.), arXiv 2001.08361", url: "https://arxiv.org/abs/2001.08361" };
