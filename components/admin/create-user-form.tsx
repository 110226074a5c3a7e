"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import type { CreatedUserLink } from "@/lib/accounts/created-user-link";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PasswordLinkBox } from "./password-link-box";

type Action = (prev: ActionState<CreatedUserLink>, form: FormData) => Promise<ActionState<CreatedUserLink>>;

/** One account: name, email and role; the result is the link its owner chooses a password with. */
export function CreateUserForm({ action, timeZone }: { action: Action; timeZone: string }) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <div className="space-y-4">
      {/* A new key after each success empties the fields for the next person. */}
      <form key={state?.ok ? `${state.data?.email}:${state.data?.setupToken}` : "form"} action={formAction} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end">
        <Field label="Name" name="name" autoComplete="off" required error={errors.name} defaultValue={values.name} />
        <Field label="Email" name="email" type="email" autoComplete="off" required error={errors.email} defaultValue={values.email} />
        <div>
          <label htmlFor="create-user-role" className="block text-sm font-medium text-slate-800">
            Role
          </label>
          <select id="create-user-role" name="role" defaultValue={values.role ?? "STUDENT"} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="STUDENT">Student</option>
            <option value="ADMIN">Admin</option>
          </select>
        </div>
        <SubmitButton pendingText="Creating…">Create user</SubmitButton>
      </form>
      {state && !state.ok && Object.keys(state.fieldErrors).length === 0 ? <FormMessage state={state} /> : null}
      {state?.ok && state.data?.setupToken && state.data.expiresAt ? (
        <PasswordLinkBox key={state.data.setupToken} link={{ email: state.data.email, token: state.data.setupToken, expiresAt: state.data.expiresAt }} purpose="setup" timeZone={timeZone} />
      ) : state?.ok && state.data ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Created {state.data.email}. They sign in with single sign-on using this address.
        </p>
      ) : null}
    </div>
  );
}
