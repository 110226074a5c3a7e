"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useDeviceTimeZone } from "@/components/ui/use-device-time-zone";
import { safeCallbackUrl, withCallbackUrl } from "@/lib/auth/safe-callback-url";

type CreateAccountAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * Name, email and password, used by sign-up and first-run setup. After the server
 * creates the account, the same credentials sign the user in.
 */
export function AccountForm({ action, submitLabel, redirectTo }: { action: CreateAccountAction; submitLabel: string; redirectTo: string }) {
  const router = useRouter();
  const deviceZone = useDeviceTimeZone();
  const [state, formAction] = useActionState(async (prev: ActionState, form: FormData): Promise<ActionState> => {
    const result = await action(prev, form);
    if (result?.ok) {
      const signedIn = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (signedIn?.ok && !signedIn.error) {
        // The page already passed a same-site path; checked again here, where the browser goes.
        router.replace(safeCallbackUrl(redirectTo));
        router.refresh();
      } else {
        router.replace(withCallbackUrl("/signin", redirectTo));
      }
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};

  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      {state && !state.ok && Object.keys(state.fieldErrors).length === 0 ? <FormMessage state={state} /> : null}
      <input type="hidden" name="timeZone" value={deviceZone ?? ""} />
      <Field label="Name" name="name" autoComplete="name" required error={errors.name} defaultValue={values.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} defaultValue={values.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A passphrase is easiest to remember."
        error={errors.password}
      />
      <Field label="Repeat password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <SubmitButton className="w-full" pendingText="Creating account…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
