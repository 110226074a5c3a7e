"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function StartQuizButton({ quizId, label, action }: { quizId: string; label: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="quizId" value={quizId} />
      <SubmitButton size="sm" pendingText="Starting…">
        {label}
      </SubmitButton>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
