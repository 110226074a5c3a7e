"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-result";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Deletes a note after a second step. When students hold its cards, the second step says how
 * many lose them (and how many reviews go), and asks the admin to tick that they understand.
 * The count is sent along, so if it grew meanwhile the server asks again.
 */
export function DeleteCard({ students, reviewedBy, reviews, action }: { students: number; reviewedBy: number; reviews: number; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const used = students > 0;
  const consequence = used
    ? `${plural(students, "student")} ${students === 1 ? "has" : "have"} this card in their decks${reviewedBy ? `; ${plural(reviewedBy, "student")} reviewed it (${plural(reviews, "review")}) and lose${reviewedBy === 1 ? "s" : ""} that progress` : ""}.`
    : "No student has this card yet.";

  return (
    <div className="space-y-3">
      {!confirming ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="danger" size="sm" onClick={() => setConfirming(true)}>
            Delete card…
          </Button>
          <span className="text-sm text-slate-600">{consequence}</span>
        </div>
      ) : (
        <form action={formAction} className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
          <input type="hidden" name="confirmedStudents" value={students} />
          <p className="text-sm text-red-900">
            {consequence} Deleting removes every card of this note{used ? " with its review history" : ""} and can&apos;t be undone.
          </p>
          {used ? (
            <label className="flex items-start gap-2 text-sm text-red-900">
              <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} className="mt-0.5" />
              <span>I understand that {plural(students, "student")} lose{students === 1 ? "s" : ""} this card and its progress.</span>
            </label>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="danger" size="sm" pendingText="Deleting…" disabled={used && !understood}>
              Delete card
            </SubmitButton>
            <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      <FormMessage state={state} />
    </div>
  );
}
