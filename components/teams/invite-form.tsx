"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { CopyLinkField } from "@/components/ui/copy-link-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDateTimeIn } from "@/components/ui/format";

type Created = { token: string; expiresAt: string };
type Action = (prev: ActionState<Created>, form: FormData) => Promise<ActionState<Created>>;

/** Creates an invite link and shows it once, with a copy button (only its hash is stored). */
export function InviteForm({ teamId, timeZone, action }: { teamId: string; timeZone: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const link = state?.ok && state.data ? `${window.location.origin}/invite/${state.data.token}` : null;
  const errors = state && !state.ok ? state.fieldErrors : {};

  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="teamId" value={teamId} />
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium">
            Joins as
          </label>
          <select id="invite-role" name="role" defaultValue="MEMBER" className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="MEMBER">Member</option>
            <option value="LEAD">Lead</option>
          </select>
        </div>
        <div>
          <label htmlFor="invite-days" className="block text-sm font-medium">
            Valid for
          </label>
          <select id="invite-days" name="expiresInDays" defaultValue="7" className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="14">14 days</option>
            <option value="30">30 days</option>
          </select>
        </div>
        <SubmitButton pendingText="Creating…">Create invite link</SubmitButton>
      </form>
      {state && !state.ok ? <Alert tone="error">{Object.values(errors)[0] ?? state.message}</Alert> : null}
      {link && state?.ok && state.data ? (
        <CopyLinkField key={link} id="invite-link" label="Invite link — copy it now, it won't be shown again" link={link}>
          Expires {formatDateTimeIn(new Date(state.data.expiresAt), timeZone)}.
        </CopyLinkField>
      ) : null}
    </div>
  );
}
