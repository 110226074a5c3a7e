"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SsoButton } from "./sso-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** The account's password, once; when it's right, the browser goes straight back through single sign-on. */
export function SsoLinkForm({ action, ssoName }: { action: Action; ssoName: string }) {
  const [state, formAction] = useActionState(action, null);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    done.current?.focus();
    void signIn("sso", { callbackUrl: "/dashboard" });
  }, [state]);
  if (state?.ok) {
    return (
      <div ref={done} tabIndex={-1} role="status" className="mt-6 space-y-3 rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900 focus:outline-none">
        <p>Linked. Signing you in with {ssoName}…</p>
        <SsoButton name={ssoName} callbackUrl="/dashboard" variant="secondary" />
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      {state && !state.ok && !errors.password ? <FormMessage state={state} /> : null}
      <Field label="Password" name="password" type="password" autoComplete="current-password" required autoFocus error={errors.password} />
      <SubmitButton className="w-full" pendingText="Checking…">
        Link and sign in
      </SubmitButton>
    </form>
  );
}
