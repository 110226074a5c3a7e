"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** A deck's name and description: creating a deck, or renaming one (with its id). */
export function DeckFieldsForm({ action, deck, submitLabel }: { action: Action; deck?: { id: string; name: string; description: string }; submitLabel: string }) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const echoed = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {deck ? <input type="hidden" name="deckId" value={deck.id} /> : null}
      <Field label="Deck name" name="name" required error={errors.name} defaultValue={echoed?.name ?? deck?.name} placeholder="e.g. Papers I read" />
      <Field label="Description (optional)" name="description" error={errors.description} defaultValue={echoed?.description ?? deck?.description} />
      <SubmitButton size="sm" pendingText="Saving…">
        {submitLabel}
      </SubmitButton>
      {state && state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      {state && !state.ok && !errors.name && !errors.description ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
