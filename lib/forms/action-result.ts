/** What every server action returns to its form: success, or a message plus per-field errors. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string>;
      /** The data layer's error code (`forbidden`, `not_found`, `not_authenticated`, …) when it refused; absent for input errors. */
      code?: string;
      /** Non-secret inputs echoed back: React resets a form after its action, and the fields refill from these. */
      values?: Record<string, string>;
    };

export type ActionState<T = undefined> = ActionResult<T> | null;

/** The named text fields of a submitted form, for `values` (never pass password fields). */
export function echoValues(form: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = form.get(name);
    if (typeof v === "string") out[name] = v;
  }
  return out;
}
