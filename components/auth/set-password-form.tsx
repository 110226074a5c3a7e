"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState<{ email: string }>, form: FormData) => Promise<ActionState<{ email: string }>>;

/** The new password, twice; once the server has set it, the same password signs the person in. */
export function SetPasswordForm({ token, email, action }: { token: string; email: string; action: Action }) {
  const router = useRouter();
  const [state, formAction] = useActionState(async (prev: ActionState<{ email: string }>, form: FormData) => {
    const result = await action(prev, form);
    if (result?.ok) {
      const signedIn = await signIn("credentials", { redirect: false, email: result.data?.email ?? email, password: String(form.get("password") ?? "") });
      router.replace(signedIn?.ok && !signedIn.error ? "/dashboard" : "/signin");
      router.refresh();
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      {state && !state.ok && Object.keys(state.fieldErrors).length === 0 ? <FormMessage state={state} /> : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 10 characters. A passphrase is easiest to remember." error={errors.password} />
      <Field label="Repeat password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <SubmitButton className="w-full" pendingText="Saving…">
        Set password and sign in
      </SubmitButton>
    </form>
  );
}
