import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult, ActionState } from "@/lib/forms/action-result";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/data/actor";
import { NotAuthenticatedError, type FieldErrors } from "@/lib/server/errors";
import { afterEntry, beforeEntry, outcomeOf, type EntryCall, type EntryPolicy } from "./entry-hooks";
import { toActionError } from "./to-action-error";

/** Who the caller is, or null; the real one reads the session, tests pass their own. */
export type ResolveActor = () => Promise<Actor | null>;

export type ActionContext<I, P extends boolean> = { input: I; actor: P extends true ? Actor | null : Actor; now: Date };

/** What a handler returns: a success (message and data for the form), or a refusal it decided itself. */
export type ActionOutcome<R> = ActionResult<R>;

type Common<S extends z.ZodType, P extends boolean> = EntryPolicy<z.output<S>> & {
  /** For logs and the audit line: kebab-case verb-noun ("create-invite"). */
  name: string;
  input: S;
  /** Callable without a session (sign-up, first-admin setup); the handler gets `actor: null` then. */
  public?: P;
  /** The form's message when the input doesn't parse; by default one naming the marked fields. */
  invalid?: string | ((fieldErrors: FieldErrors, error: z.ZodError) => string);
  /** Field messages from a parse error; by default the first message per top-level field. */
  fieldErrors?: (error: z.ZodError) => FieldErrors;
};

export type ActionSpec<S extends z.ZodType, P extends boolean, A extends unknown[]> = Common<S, P> & {
  /** Positional arguments (including ones bound with `.bind`) → the raw input; by default the first argument. */
  args?: (...args: A) => unknown;
};

export type FormActionSpec<S extends z.ZodType, P extends boolean, B extends unknown[]> = Common<S, P> & {
  /** The form (and arguments bound before it) → the raw input; by default the form's fields as an object. */
  read?: (form: FormData, ...bound: B) => unknown;
  /** Text fields sent back on failure so the form refills (never password fields). */
  echo?: readonly string[];
};

const DEFAULT_INVALID = "Please fix the highlighted fields.";
const SIGNED_OUT = "Your session has ended. Sign in again to continue.";

async function run<S extends z.ZodType, P extends boolean, R>(
  spec: Common<S, P>,
  resolveActor: ResolveActor,
  raw: () => unknown,
  handler: (ctx: ActionContext<z.output<S>, P>) => Promise<ActionOutcome<R>>,
): Promise<ActionResult<R>> {
  const startedAt = performance.now();
  const call: EntryCall = { kind: "action", name: spec.name, actor: null };
  try {
    call.actor = await resolveActor();
    if (!call.actor && !spec.public) throw new NotAuthenticatedError(SIGNED_OUT);
    const parsed = spec.input.safeParse(raw());
    if (!parsed.success) {
      const fieldErrors = (spec.fieldErrors ?? fieldErrorsOf)(parsed.error);
      const message = typeof spec.invalid === "function" ? spec.invalid(fieldErrors, parsed.error) : (spec.invalid ?? DEFAULT_INVALID);
      afterEntry(call, spec, "invalid", startedAt);
      return { ok: false, message, fieldErrors };
    }
    const now = new Date();
    await beforeEntry(call, spec, parsed.data, now);
    const result = await handler({ input: parsed.data, actor: call.actor as ActionContext<z.output<S>, P>["actor"], now });
    afterEntry(call, spec, result.ok ? "ok" : (result.code ?? "refused"), startedAt);
    return result;
  } catch (error) {
    // redirect() and notFound() are control flow for Next, not failures.
    unstable_rethrow(error);
    afterEntry(call, spec, outcomeOf(error), startedAt);
    return toActionError(error, call);
  }
}

/** Server actions called from client code with arguments: `await saveQuizAction({ … })`. */
export function createDefineAction(resolveActor: ResolveActor) {
  return function defineAction<S extends z.ZodType, R = undefined, P extends boolean = false, A extends unknown[] = [input: unknown]>(
    spec: ActionSpec<S, P, A>,
    handler: (ctx: ActionContext<z.output<S>, P>) => Promise<ActionOutcome<R>>,
  ): (...args: A) => Promise<ActionResult<R>> {
    return (...args: A) => run(spec, resolveActor, () => (spec.args ? spec.args(...args) : args[0]), handler);
  };
}

/** Server actions behind `useActionState` forms: `(previousState, formData)`, after any bound arguments. */
export function createDefineFormAction(resolveActor: ResolveActor) {
  return function defineFormAction<S extends z.ZodType, R = undefined, P extends boolean = false, B extends unknown[] = []>(
    spec: FormActionSpec<S, P, B>,
    handler: (ctx: ActionContext<z.output<S>, P>) => Promise<ActionOutcome<R>>,
  ): (...args: [...bound: B, previous: ActionState<R>, form: FormData]) => Promise<ActionState<R>> {
    return async (...args) => {
      const form = args.at(-1) as FormData;
      const bound = args.slice(0, -2) as B;
      const read = () => (spec.read ? spec.read(form, ...bound) : Object.fromEntries(form));
      const result = await run(spec, resolveActor, read, handler);
      if (result.ok || !spec.echo) return result;
      const values: Record<string, string> = {};
      for (const field of spec.echo) {
        const value = form instanceof FormData ? form.get(field) : null;
        if (typeof value === "string") values[field] = value;
      }
      return { ...result, values };
    };
  };
}
