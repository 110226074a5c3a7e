/** Sources the RoPE topic cites, shared by its templates and cards. */
export const ROFORMER = { title: "RoFormer: Enhanced Transformer with Rotary Position Embedding, arXiv 2104.09864", url: "https://arxiv.org/abs/2104.09864" };
export const PI = { title: "Extending Context Window of Large Language Models via Positional Interpolation, arXiv 2306.15595", url: "https://arxiv.org/abs/2306.15595" };
export const YARN = { title: "YaRN: Efficient Context Window Extension of Large Language Models, arXiv 2309.00071", url: "https://arxiv.org/abs/2309.00071" };
export const LLAMA3 = { title: "The Llama 3 Herd of Models, arXiv 2407.21783", url: "https://arxiv.org/abs/2407.21783" };
export const LLAMA31_CONFIG = { title: "Llama 3.1 model configuration (config.json, rope_scaling)", url: "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json" };
export const GEMMA3 = { title: "Gemma 3 Technical Report, arXiv 2503.19786", url: "https://arxiv.org/abs/2503.19786" };
export const GPT2 = { title: "Language Models are Unsupervised Multitask Learners (GPT-2), OpenAI 2019", url: "https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf" };
export const GPT4 = { title: "GPT-4 Technical Report, arXiv 2303.08774", url: "https://arxiv.org/abs/2303.08774" };
export const HF_ROPE_UTILS = {
  title: "Hugging Face transformers, modeling_rope_utils.py (_compute_dynamic_ntk_parameters, _compute_yarn_parameters, _compute_llama3_parameters)",
  url: "https://github.com/huggingface/transformers/blob/main/src/transformers/modeling_rope_utils.py",
};
export const TRANSFORMER = { title: "Attention Is All You Need, arXiv 1706.03762", url: "https://arxiv.org/abs/1706.03762" };
export const ALIBI = { title: "Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation (ALiBi), arXiv 2108.12409", url: "https://arxiv.org/abs/2108.12409" };
export const NOPE = { title: "The Impact of Positional Encoding on Length Generalization in Transformers, arXiv 2305.19466", url: "https://arxiv.org/abs/2305.19466" };
export const GPT_NEOX_20B = { title: "GPT-NeoX-20B: An Open-Source Autoregressive Language Model, arXiv 2204.06745", url: "https://arxiv.org/abs/2204.06745" };
export const LLAMA4_BLOG = { title: "Meta AI, “The Llama 4 herd” (April 2025)", url: "https://ai.meta.com/blog/llama-4-multimodal-intelligence/" };
export const HF_LLAMA4_CONFIG = {
  title: "Hugging Face transformers, configuration_llama4.py (no_rope_layers, no_rope_layer_interval = 4)",
  url: "https://github.com/huggingface/transformers/blob/main/src/transformers/models/llama4/configuration_llama4.py",
};
