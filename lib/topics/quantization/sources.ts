/** Sources several quantization files cite: one definition each, so titles and URLs stay consistent. */

export const LLAMA3 = { title: "The Llama 3 Herd of Models, arXiv 2407.21783", url: "https://arxiv.org/abs/2407.21783" };
export const LLM_INT8 = { title: "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale, arXiv 2208.07339", url: "https://arxiv.org/abs/2208.07339" };
export const GPTQ = { title: "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers, arXiv 2210.17323", url: "https://arxiv.org/abs/2210.17323" };
export const AWQ = { title: "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration, arXiv 2306.00978", url: "https://arxiv.org/abs/2306.00978" };
export const QLORA = { title: "QLoRA: Efficient Finetuning of Quantized LLMs, arXiv 2305.14314", url: "https://arxiv.org/abs/2305.14314" };
export const WHITE_PAPER = { title: "A White Paper on Neural Network Quantization, arXiv 2106.08295", url: "https://arxiv.org/abs/2106.08295" };
export const LLAMA_CPP = {
  title: "llama.cpp quantize README (bits per weight per quantization type)",
  url: "https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md",
};
/** The 2023 README's quantization table (LLaMA 7B/13B, wikitext-2 test perplexity at context 512, marked "outdated" later). */
export const LLAMA_CPP_2023 = {
  title: "llama.cpp README (2023), Quantization table and Perplexity section: LLaMA 7B/13B on the wikitext-2 test set, context 512",
  url: "https://github.com/ggml-org/llama.cpp",
};
export const AUTOGPTQ = {
  title: "AutoGPTQ, auto_gptq/nn_modules/qlinear/qlinear_cuda.py (qweight, qzeros packed at `bits` per value; FP16 scales)",
  url: "https://github.com/AutoGPTQ/AutoGPTQ/blob/main/auto_gptq/nn_modules/qlinear/qlinear_cuda.py",
};
export const SMOOTHQUANT = {
  title: "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models, arXiv 2211.10438",
  url: "https://arxiv.org/abs/2211.10438",
};
export const SMOOTHQUANT_CODE = { title: "mit-han-lab/smoothquant, smoothquant/smooth.py (alpha = 0.5 default)", url: "https://github.com/mit-han-lab/smoothquant/blob/main/smoothquant/smooth.py" };
export const FP8_FORMATS = { title: "FP8 Formats for Deep Learning, arXiv 2209.05433", url: "https://arxiv.org/abs/2209.05433" };
export const OCP_MX = {
  title: "OCP Microscaling Formats (MX) Specification v1.0",
  url: "https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf",
};
export const NVFP4_BLOG = {
  title: "NVIDIA Technical Blog: Introducing NVFP4 for Efficient and Accurate Low-Precision Inference",
  url: "https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/",
};
export const H100 = { title: "NVIDIA H100 Tensor Core GPU datasheet (H100 SXM: 3.35 TB/s HBM3; BF16 1,979 TFLOPS with sparsity, half without)", url: "https://www.nvidia.com/en-us/data-center/h100/" };
