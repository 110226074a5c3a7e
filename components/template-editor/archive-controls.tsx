"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-result";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * Archive or restore a used template; delete one nobody has used (after a second click,
 * since deleting can't be undone).
 */
export function ArchiveControls({ status, used, archive, restore }: { status: "ACTIVE" | "ARCHIVED"; used: boolean; archive: Action; restore: Action }) {
  // One state for both buttons, so the message shown is always the last outcome.
  const [state, formAction] = useActionState((prev: ActionState, form: FormData) => (form.get("intent") === "restore" ? restore(prev, form) : archive(prev, form)), null);
  const [confirming, setConfirming] = useState(false);

  return (
    <div className="space-y-3">
      {status === "ARCHIVED" ? (
        <form action={formAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="intent" value="restore" />
          <SubmitButton variant="secondary" size="sm" pendingText="Restoring…">
            Restore
          </SubmitButton>
          <span className="text-sm text-slate-600">Archived: not drawn for new quizzes. Restoring lets new quizzes draw it again.</span>
        </form>
      ) : used ? (
        <form action={formAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="intent" value="archive" />
          <SubmitButton variant="danger" size="sm" pendingText="Archiving…">
            Archive
          </SubmitButton>
          <span className="text-sm text-slate-600">Used by attempts, so it can&apos;t be deleted: archiving stops new quizzes from drawing it, and past attempts keep their versions.</span>
        </form>
      ) : confirming ? (
        <form action={formAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="intent" value="archive" />
          <SubmitButton variant="danger" size="sm" pendingText="Deleting…">
            Delete every version
          </SubmitButton>
          <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <span className="text-sm text-slate-600">No attempt has used it. Deleting can&apos;t be undone.</span>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="danger" size="sm" onClick={() => setConfirming(true)}>
            Delete…
          </Button>
          <span className="text-sm text-slate-600">Never used by an attempt, so it can be deleted outright.</span>
        </div>
      )}
      <FormMessage state={state} />
    </div>
  );
}
