/** Why a compute call was refused. `input` names the offending input, when there is one. */
export type ComputeErrorCode = "unknown_function" | "missing_input" | "invalid_input" | "non_finite_result";

export class ComputeError extends Error {
  constructor(
    readonly code: ComputeErrorCode,
    message: string,
    readonly input?: string,
  ) {
    super(message);
    this.name = "ComputeError";
  }
}
