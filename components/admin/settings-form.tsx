"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function SettingsForm({ action, signupEnabled }: { action: Action; signupEnabled: boolean }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <label className="flex items-start gap-3">
        <input type="checkbox" name="signupEnabled" defaultChecked={signupEnabled} className="mt-1 h-4 w-4 rounded border-slate-300 accent-brand-600" />
        <span>
          <span className="block text-sm font-medium text-slate-900">Allow anyone to sign up</span>
          <span className="block text-sm text-slate-600">When off, only people an admin creates or promotes can use Quizformer; existing accounts keep working.</span>
        </span>
      </label>
      <SubmitButton pendingText="Saving…">Save settings</SubmitButton>
    </form>
  );
}
