"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function StartTopicQuizForm({ topic, action, resume }: { topic: string; action: Action; resume: boolean }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="topic" value={topic} />
      {resume ? null : (
        <div>
          <label htmlFor="quiz-count" className="block text-sm font-medium">
            Questions
          </label>
          <select id="quiz-count" name="count" defaultValue="10" className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="5">5</option>
            <option value="10">10</option>
            <option value="20">20</option>
          </select>
        </div>
      )}
      <SubmitButton pendingText="Preparing your variants…">{resume ? "Resume your quiz" : "Start a topic quiz"}</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
