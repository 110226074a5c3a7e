/**
 * How the model knows where a token is. "rope" rotates queries and keys (Su et al.), "learned"
 * adds a trained vector per absolute position to the token embedding, "none" (NoPE) relies on
 * the causal mask alone.
 */
export type PositionMode = "rope" | "learned" | "none";

export const POSITION_MODES: readonly PositionMode[] = ["rope", "learned", "none"];

/**
 * A decoder-only character model. Embeddings are tied: the LM head is the transposed token
 * embedding, which saves vocab × width parameters that a small corpus could not train well.
 */
export type LmConfig = {
  vocabSize: number;
  layers: number;
  width: number;
  heads: number;
  /** The longest sequence the model sees; learned positions have exactly this many rows. */
  context: number;
  /** SwiGLU's inner width (gate and up projections each have this many rows). */
  mlpHidden: number;
  position: PositionMode;
  /** RoPE's base θ; unused by the other modes but kept so a checkpoint states it. */
  ropeBase: number;
  /**
   * Position Interpolation (Chen et al. 2023): RoPE rotates position m by (m / ropeScale)·θ_i, so
   * a model run at ropeScale × its training length sees only angles it was trained on. Absent = 1.
   */
  ropeScale?: number;
  /**
   * Sliding-window attention: query i sees key j when 0 <= i − j < window, so the window counts
   * the query token itself (window 1 = the token alone). null = full causal attention.
   */
  window: number | null;
  /** RMSNorm's ε inside the square root. */
  normEps: number;
};

/** The shipped base model: 3 layers of width 96, 4 heads of 24, SwiGLU of 256, context 128: about 0.34 M parameters. */
export function baseConfig(vocabSize: number): LmConfig {
  return { vocabSize, layers: 3, width: 96, heads: 4, context: 128, mlpHidden: 256, position: "rope", ropeBase: 10000, window: null, normEps: 1e-5 };
}

/** Throws on a shape the kernels cannot run, so a bad manifest fails at load, not mid-forward. */
export function checkConfig(config: LmConfig): void {
  const { width, heads, position, window, context } = config;
  if (width % heads !== 0) throw new Error(`width ${width} is not divisible by ${heads} heads`);
  if (position === "rope" && (width / heads) % 2 !== 0) throw new Error("RoPE needs an even head width");
  if (window !== null && (!Number.isInteger(window) || window < 1)) throw new Error(`window must be a positive integer, got ${window}`);
  if (!Number.isInteger(context) || context < 1) throw new Error(`context must be a positive integer, got ${context}`);
  const scale = config.ropeScale ?? 1;
  if (!(scale >= 1) || !Number.isFinite(scale)) throw new Error(`ropeScale must be a finite number ≥ 1, got ${scale}`);
}
