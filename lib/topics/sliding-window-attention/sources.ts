/** Sources several files of this topic cite; one definition each. */
export const MISTRAL = { title: "Mistral 7B, arXiv 2310.06825", url: "https://arxiv.org/abs/2310.06825" };
export const GQA = { title: "GQA: Training Generalized Multi-Query Transformer Models, arXiv 2305.13245", url: "https://arxiv.org/abs/2305.13245" };
export const LLAMA3 = { title: "The Llama 3 Herd of Models, arXiv 2407.21783", url: "https://arxiv.org/abs/2407.21783" };
export const LONGFORMER = { title: "Longformer: The Long-Document Transformer, arXiv 2004.05150", url: "https://arxiv.org/abs/2004.05150" };
export const FLASH = { title: "FlashAttention, arXiv 2205.14135", url: "https://arxiv.org/abs/2205.14135" };
export const VASWANI = { title: "Attention Is All You Need, arXiv 1706.03762", url: "https://arxiv.org/abs/1706.03762" };
export const GEMMA2 = { title: "Gemma 2: Improving Open Language Models at a Practical Size, arXiv 2408.00118", url: "https://arxiv.org/abs/2408.00118" };
export const GEMMA3 = { title: "Gemma 3 Technical Report, arXiv 2503.19786", url: "https://arxiv.org/abs/2503.19786" };
export const LLAMA2 = { title: "Llama 2: Open Foundation and Fine-Tuned Chat Models, arXiv 2307.09288", url: "https://arxiv.org/abs/2307.09288" };
export const GPT4 = { title: "GPT-4 Technical Report, arXiv 2303.08774", url: "https://arxiv.org/abs/2303.08774" };
export const DEEPSEEK_V2 = {
  title: "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model, arXiv 2405.04434",
  url: "https://arxiv.org/abs/2405.04434",
};
export const VLLM = { title: "Efficient Memory Management for Large Language Model Serving with PagedAttention (vLLM), arXiv 2309.06180", url: "https://arxiv.org/abs/2309.06180" };
export const VLLM_BLOG = { title: "vLLM: Easy, Fast, and Cheap LLM Serving with PagedAttention (vLLM blog, 20 June 2023)", url: "https://blog.vllm.ai/2023/06/20/vllm.html" };
export const VLLM_KV_QUANT = {
  title: "vLLM documentation (v0.11.2): Quantized KV Cache — FP8 allows approximately double the space for KV cache allocation",
  url: "https://docs.vllm.ai/en/v0.11.2/features/quantization/quantized_kvcache/",
};
export const STREAMING_LLM = { title: "Efficient Streaming Language Models with Attention Sinks (StreamingLLM), arXiv 2309.17453", url: "https://arxiv.org/abs/2309.17453" };
export const GPT3 = { title: "Language Models are Few-Shot Learners (GPT-3), arXiv 2005.14165", url: "https://arxiv.org/abs/2005.14165" };
export const GPT_OSS = { title: "openai/gpt-oss reference implementation (gpt_oss/torch/model.py: sliding_window = 128 on every other layer)", url: "https://github.com/openai/gpt-oss" };
export const POPE_INFERENCE = { title: "Efficiently Scaling Transformer Inference (Pope et al.), arXiv 2211.05102", url: "https://arxiv.org/abs/2211.05102" };
export const KAPLAN = { title: "Scaling Laws for Neural Language Models, arXiv 2001.08361", url: "https://arxiv.org/abs/2001.08361" };
export const H100 = { title: "NVIDIA H100 Tensor Core GPU datasheet (H100 SXM: 3.35 TB/s HBM3; BF16 Tensor Core 1,979 TFLOPS with sparsity, half without)", url: "https://www.nvidia.com/en-us/data-center/h100/" };
export const HF_WINDOW_PR = { title: "Hugging Face transformers PR #26464 (Mistral sliding window: window_size_left = W − 1)", url: "https://github.com/huggingface/transformers/pull/26464" };
