import { countValues, type Param } from "./network";

/**
 * Adam over an explicit list of parameters. The list *is* the method: full
 * fine-tuning hands it every weight, LoRA only A and B, adapters only the
 * adapter weights. Anything not on the list never changes.
 */
export class Adam {
  readonly params: readonly Param[];
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];
  private t = 0;

  constructor(
    params: readonly Param[],
    private readonly lr: number,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly eps = 1e-8,
  ) {
    this.params = params;
    this.m = params.map((p) => new Float64Array(p.value.length));
    this.v = params.map((p) => new Float64Array(p.value.length));
  }

  /** How many numbers this optimiser updates: the trainable parameter count. */
  parameterCount(): number {
    return countValues(this.params);
  }

  /** One update from the gradients currently in each Param's grad buffer. */
  step(): void {
    this.t += 1;
    const c1 = 1 - this.beta1 ** this.t;
    const c2 = 1 - this.beta2 ** this.t;
    this.params.forEach((p, k) => {
      const m = this.m[k]!;
      const v = this.v[k]!;
      for (let i = 0; i < p.value.length; i++) {
        const g = p.grad[i]!;
        m[i] = this.beta1 * m[i]! + (1 - this.beta1) * g;
        v[i] = this.beta2 * v[i]! + (1 - this.beta2) * g * g;
        p.value[i]! -= (this.lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + this.eps);
      }
    });
  }
}
