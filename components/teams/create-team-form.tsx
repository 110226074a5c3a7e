"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function CreateTeamForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      <Field label="Team name" name="name" required error={errors.name} className="flex-1" placeholder="e.g. Inference guild" defaultValue={state && !state.ok ? state.values?.name : undefined} />
      <SubmitButton className="sm:mt-6" pendingText="Creating…">
        Create team
      </SubmitButton>
      {state && !state.ok && !errors.name ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
