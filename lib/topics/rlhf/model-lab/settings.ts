export type RlhfModelSettings = {
  /** KL weights of the two PPO runs: the penalty, and a much weaker one (0 = none). */
  betas: [number, number];
  /** DPO's β. */
  dpoBeta: number;
  /** Policy updates per method. */
  steps: number;
};

export const STEP_CHOICES = [10, 15, 30] as const;

export const DEFAULT_RLHF_MODEL_SETTINGS: RlhfModelSettings = { betas: [0.1, 0], dpoBeta: 0.1, steps: 15 };

export function validateRlhfModelSettings(input: RlhfModelSettings): RlhfModelSettings {
  const betas = Array.isArray(input.betas) ? input.betas : [];
  if (betas.length !== 2 || !betas.every((b) => typeof b === "number" && b >= 0 && b <= 1)) throw new Error("Give two KL weights β between 0 and 1.");
  if (!(typeof input.dpoBeta === "number" && input.dpoBeta > 0 && input.dpoBeta <= 1)) throw new Error(`DPO's β must be above 0 and at most 1, got ${String(input.dpoBeta)}.`);
  if (!(STEP_CHOICES as readonly number[]).includes(input.steps)) throw new Error(`Train ${STEP_CHOICES.join(", ")} steps, not ${String(input.steps)}.`);
  return { betas: [betas[0]!, betas[1]!], dpoBeta: input.dpoBeta, steps: input.steps };
}
