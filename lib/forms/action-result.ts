/** What every server action returns to its form: success, or a message plus per-field errors. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

export const initialActionResult = null;
export type ActionState<T = undefined> = ActionResult<T> | null;
