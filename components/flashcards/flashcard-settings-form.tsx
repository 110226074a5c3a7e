"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import type { FlashcardSettings } from "@/lib/flashcards/settings";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function FlashcardSettingsForm({ settings, action }: { settings: FlashcardSettings; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const value = (name: string, fallback: string) => v[name] ?? fallback;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        label="Desired retention (%)"
        name="desiredRetention"
        inputMode="decimal"
        defaultValue={value("desiredRetention", String(Math.round(settings.desiredRetention * 1000) / 10))}
        hint="The chance you still remember a card when it comes due: 70–97 %. Higher means more reviews per day; lower means more forgetting. 90 % is a good default."
        error={errors.desiredRetention}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="New cards per day" name="newCardsPerDay" inputMode="numeric" defaultValue={value("newCardsPerDay", String(settings.newCardsPerDay))} error={errors.newCardsPerDay} />
        <Field label="Maximum interval (days)" name="maximumIntervalDays" inputMode="numeric" defaultValue={value("maximumIntervalDays", String(settings.maximumIntervalDays))} error={errors.maximumIntervalDays} />
        <Field
          label="Maximum reviews per day"
          name="maxReviewsPerDay"
          inputMode="numeric"
          defaultValue={value("maxReviewsPerDay", String(settings.maxReviewsPerDay))}
          hint="Across all decks; a deck's options can lower it for that deck."
          error={errors.maxReviewsPerDay}
        />
        <Field label="Leech after (lapses)" name="leechThreshold" inputMode="numeric" defaultValue={value("leechThreshold", String(settings.leechThreshold))} error={errors.leechThreshold} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Learning steps" name="learningSteps" defaultValue={value("learningSteps", settings.learningSteps)} hint="e.g. 1m 10m — each step longer than the last." error={errors.learningSteps} />
        <Field label="Relearning steps" name="relearningSteps" defaultValue={value("relearningSteps", settings.relearningSteps)} hint="e.g. 10m" error={errors.relearningSteps} />
      </div>
      <div>
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" name="burySiblings" defaultChecked={settings.burySiblings} aria-describedby="bury-siblings-hint" className="accent-brand-600" />
          Bury siblings
        </label>
        <p id="bury-siblings-hint" className="mt-1 ml-6 text-xs text-slate-600">
          Cards of one note (the deletions of a cloze text, computed cards of one question) come at most one a day: one would give the others away. The rest wait
          until tomorrow, listed as buried in the card browser. Untick to see them together.
        </p>
      </div>
      <SubmitButton pendingText="Saving…">Save settings</SubmitButton>
    </form>
  );
}
