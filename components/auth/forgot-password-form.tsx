"use client";

import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState<{ email: string }>, form: FormData) => Promise<ActionState<{ email: string }>>;

/** Asks for a reset link by email. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const sent = useRef<HTMLDivElement>(null);
  // The form gives way to the answer: focus follows, so a screen reader reads it.
  useEffect(() => {
    if (state?.ok) sent.current?.focus();
  }, [state]);
  if (state?.ok) {
    return (
      <div ref={sent} tabIndex={-1} role="status" className="mt-6 space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900 focus:outline-none">
        <p>
          If an account uses <strong className="font-medium">{state.data?.email}</strong>, a link to choose a new password is on its way. It works once, for one
          hour.
        </p>
        <p>Nothing after a few minutes? Check your spam folder and the address you typed, or ask an administrator for a reset link.</p>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      {state && !state.ok && Object.keys(state.fieldErrors).length === 0 ? <FormMessage state={state} /> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} defaultValue={values.email} />
      <SubmitButton className="w-full" pendingText="Sending…">
        Send reset link
      </SubmitButton>
    </form>
  );
}
