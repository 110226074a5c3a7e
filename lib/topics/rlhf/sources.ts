/**
 * Papers and notes the RLHF topic cites, shared by its templates and cards so that a title or URL
 * is written once. Templates add a `detail` (section, table, equation) where useful.
 */
export const INSTRUCTGPT = { title: "Training language models to follow instructions with human feedback (InstructGPT), arXiv 2203.02155", url: "https://arxiv.org/abs/2203.02155" };
export const DPO = { title: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model, arXiv 2305.18290", url: "https://arxiv.org/abs/2305.18290" };
export const PPO = { title: "Proximal Policy Optimization Algorithms, arXiv 1707.06347", url: "https://arxiv.org/abs/1707.06347" };
export const DEEPSEEKMATH = {
  title: "DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models (GRPO), arXiv 2402.03300",
  url: "https://arxiv.org/abs/2402.03300",
};
export const LLAMA2 = { title: "Llama 2: Open Foundation and Fine-Tuned Chat Models, arXiv 2307.09288", url: "https://arxiv.org/abs/2307.09288" };
export const LLAMA3 = { title: "The Llama 3 Herd of Models, arXiv 2407.21783", url: "https://arxiv.org/abs/2407.21783" };
export const GAE = { title: "High-Dimensional Continuous Control Using Generalized Advantage Estimation (GAE), arXiv 1506.02438", url: "https://arxiv.org/abs/1506.02438" };
export const KL_APPROX = { title: "John Schulman, Approximating KL Divergence (blog note, 2020)", url: "http://joschu.net/blog/kl-approx.html" };
export const OVEROPTIMIZATION = { title: "Scaling Laws for Reward Model Overoptimization (Gao, Schulman, Hilton), arXiv 2210.10760", url: "https://arxiv.org/abs/2210.10760" };
export const BEST_OF_N = { title: "Theoretical Guarantees on the Best-of-n Alignment Policy (Beirami et al.), arXiv 2401.01879", url: "https://arxiv.org/abs/2401.01879" };
export const CONSTITUTIONAL_AI = { title: "Constitutional AI: Harmlessness from AI Feedback (Bai et al.), arXiv 2212.08073", url: "https://arxiv.org/abs/2212.08073" };
export const IPO = { title: "A General Theoretical Paradigm to Understand Learning from Human Preferences (IPO, Azar et al.), arXiv 2310.12036", url: "https://arxiv.org/abs/2310.12036" };
export const KTO = { title: "KTO: Model Alignment as Prospect Theoretic Optimization (Ethayarajh et al.), arXiv 2402.01306", url: "https://arxiv.org/abs/2402.01306" };
export const SIMPO = { title: "SimPO: Simple Preference Optimization with a Reference-Free Reward (Meng, Xia, Chen), arXiv 2405.14734", url: "https://arxiv.org/abs/2405.14734" };
export const LENGTH_CORRELATIONS = { title: "A Long Way to Go: Investigating Length Correlations in RLHF (Singhal et al.), arXiv 2310.03716", url: "https://arxiv.org/abs/2310.03716" };
export const HHH = { title: "A General Language Assistant as a Laboratory for Alignment (Askell et al.), arXiv 2112.00861", url: "https://arxiv.org/abs/2112.00861" };
export const TRL_PPO = { title: "Hugging Face TRL v0.11.2, PPOTrainer.compute_rewards (per-token KL penalty)", url: "https://github.com/huggingface/trl/blob/v0.11.2/trl/trainer/ppo_trainer.py" };
