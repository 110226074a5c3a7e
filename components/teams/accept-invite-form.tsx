"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function AcceptInviteForm({ token, teamName, action }: { token: string; teamName: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Joining…">Join {teamName}</SubmitButton>
    </form>
  );
}
