"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
type Values = { newCardsPerDay: number | null; maxReviewsPerDay: number | null; learningSteps: string | null };

/** A deck's own limits and steps; an empty field takes the account's value, shown as its hint. */
export function DeckOptionsForm({ deck, options, account, action }: { deck: string; options: Values; account: { newCardsPerDay: number; maxReviewsPerDay: number; learningSteps: string }; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const value = (name: keyof Values, stored: number | string | null) => (state && !state.ok ? (state.values?.[name] ?? "") : stored === null ? "" : String(stored));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="deck" value={deck} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="New cards per day"
          name="newCardsPerDay"
          inputMode="numeric"
          defaultValue={value("newCardsPerDay", options.newCardsPerDay)}
          placeholder={String(account.newCardsPerDay)}
          hint={`Empty: your account's ${account.newCardsPerDay}.`}
          error={errors.newCardsPerDay}
        />
        <Field
          label="Maximum reviews per day"
          name="maxReviewsPerDay"
          inputMode="numeric"
          defaultValue={value("maxReviewsPerDay", options.maxReviewsPerDay)}
          placeholder={String(account.maxReviewsPerDay)}
          hint={`Empty: your account's ${account.maxReviewsPerDay}.`}
          error={errors.maxReviewsPerDay}
        />
        <Field
          label="Learning steps"
          name="learningSteps"
          defaultValue={value("learningSteps", options.learningSteps)}
          placeholder={account.learningSteps}
          hint={`Empty: your account's “${account.learningSteps}”.`}
          error={errors.learningSteps}
        />
      </div>
      <p className="text-sm text-slate-600">Your account&apos;s limits still cap the day&apos;s total across all decks.</p>
      {state && state.ok ? <Alert tone="success">{state.message}</Alert> : null}
      {state && !state.ok && Object.keys(errors).length === 0 ? <Alert tone="error">{state.message}</Alert> : null}
      <SubmitButton pendingText="Saving…">Save deck options</SubmitButton>
    </form>
  );
}
