"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** A one-button form with hidden fields (remove, revoke, promote…) that shows its own error. */
export function RowActionForm({
  action,
  fields,
  label,
  ariaLabel,
  variant = "secondary",
  confirm,
}: {
  action: Action;
  fields: Record<string, string>;
  label: ReactNode;
  ariaLabel?: string;
  variant?: "secondary" | "danger";
  confirm?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="inline-flex flex-col items-end gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} size="sm" aria-label={ariaLabel} pendingText="…">
        {label}
      </SubmitButton>
      {state && !state.ok ? (
        <span role="alert" className="max-w-xs text-right text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
