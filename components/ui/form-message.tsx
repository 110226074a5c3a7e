import type { ActionState } from "@/lib/forms/action-result";
import { Alert } from "./alert";

/** The form-level message of an action result (field errors show beside their fields). */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (state.ok) return state.message ? <Alert tone="success">{state.message}</Alert> : null;
  return <Alert tone="error">{state.message}</Alert>;
}
