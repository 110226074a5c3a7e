"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** Role change and (de)activation for one account row, each showing its own outcome. */
export function UserRowActions({
  user,
  isSelf,
  setRole,
  setActive,
  unlinkSso,
}: {
  user: { id: string; name: string; role: "ADMIN" | "STUDENT"; active: boolean; sso: boolean };
  isSelf: boolean;
  setRole: Action;
  setActive: Action;
  unlinkSso: Action;
}) {
  const [roleState, roleAction] = useActionState(setRole, null);
  const [activeState, activeAction] = useActionState(setActive, null);
  const [unlinkState, unlinkAction] = useActionState(unlinkSso, null);
  const error = [roleState, activeState, unlinkState].find((s) => s && !s.ok);
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <form action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            Role of {user.name}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            defaultValue={user.role}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="STUDENT">Student</option>
            <option value="ADMIN">Admin</option>
          </select>
          <SubmitButton variant="secondary" size="sm" pendingText="Saving…">
            Save role
          </SubmitButton>
        </form>
        {isSelf ? null : (
          <form action={activeAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="active" value={user.active ? "false" : "true"} />
            <SubmitButton variant={user.active ? "danger" : "secondary"} size="sm" pendingText="Saving…" aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}>
              {user.active ? "Deactivate" : "Reactivate"}
            </SubmitButton>
          </form>
        )}
        {user.sso ? (
          <form action={unlinkAction}>
            <input type="hidden" name="userId" value={user.id} />
            <SubmitButton variant="secondary" size="sm" pendingText="Unlinking…" aria-label={`Unlink single sign-on from ${user.name}`}>
              Unlink sign-on
            </SubmitButton>
          </form>
        ) : null}
      </div>
      {error && !error.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
