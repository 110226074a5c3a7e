"use client";

import { signIn } from "next-auth/react";
import { useActionState, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState<{ email: string }>, form: FormData) => Promise<ActionState<{ email: string }>>;

export function ChangePasswordForm({ action }: { action: Action }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(async (prev: ActionState<{ email: string }>, form: FormData) => {
    const result = await action(prev, form);
    if (result?.ok && result.data) {
      // The change signed out every session, this one included: sign straight back in with the new password.
      await signIn("credentials", { redirect: false, email: result.data.email, password: String(form.get("newPassword") ?? "") });
      formRef.current?.reset();
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form ref={formRef} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 10 characters." error={errors.newPassword} />
      <Field label="Repeat new password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
