import { ComputeError } from "./compute-error";

/**
 * For tests: runs `f` and returns the ComputeError it throws, so a test can
 * assert both `code` and `input`; fails if `f` returns or throws anything else.
 */
export function catchComputeError(f: () => unknown): ComputeError {
  try {
    f();
  } catch (error) {
    if (error instanceof ComputeError) return error;
    throw error;
  }
  throw new Error("Expected a ComputeError, but nothing was thrown.");
}
