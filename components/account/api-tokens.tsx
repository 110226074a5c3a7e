"use client";

import { useActionState, useState, useTransition } from "react";
import type { ActionResult, ActionState } from "@/lib/forms/action-result";
import { API_SCOPE_LABELS, API_SCOPES, type ApiScopeName } from "@/lib/auth/api-scopes";
import type { NewApiToken } from "@/lib/auth/new-api-token";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyLinkField } from "@/components/ui/copy-link-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDateTimeIn } from "@/components/ui/format";

export type ApiTokenItem = { id: string; name: string; prefix: string; scopes: ApiScopeName[]; createdAt: string; expiresAt: string | null; lastUsedAt: string | null; expired: boolean };

type CreateAction = (prev: ActionState<NewApiToken>, form: FormData) => Promise<ActionState<NewApiToken>>;
type RevokeAction = (tokenId: string) => Promise<ActionResult>;

const LIFETIMES = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never (until revoked)" },
];

/** Personal access tokens: create one (shown once), see each one's use, revoke. */
export function ApiTokens({ tokens, create, revoke, isAdmin, timeZone }: { tokens: ApiTokenItem[]; create: CreateAction; revoke: RevokeAction; isAdmin: boolean; timeZone: string }) {
  const [state, formAction] = useActionState(create, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const scopes = API_SCOPES.filter((s) => s !== "admin" || isAdmin);
  return (
    <div className="space-y-5">
      {/* A new key after each success empties the form for the next token. */}
      <form key={state?.ok ? state.data?.token : "form"} action={formAction} className="space-y-4" noValidate>
        {state && !state.ok && Object.keys(state.fieldErrors).length === 0 ? <FormMessage state={state} /> : null}
        <Field label="Name" name="name" autoComplete="off" required hint="What uses it, e.g. “nightly progress export”." error={errors.name} defaultValue={values.name} />
        <fieldset aria-describedby={errors.scopes ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">What it may do</legend>
          <div className="mt-2 space-y-2">
            {scopes.map((scope) => (
              <label key={scope} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="scopes" value={scope} className="mt-0.5" aria-invalid={errors.scopes ? true : undefined} />
                <span>
                  <span className="font-medium text-slate-900">{API_SCOPE_LABELS[scope].label}</span> <span className="text-slate-600">({scope}): {API_SCOPE_LABELS[scope].detail}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.scopes ? (
            <p id="scopes-error" className="mt-1 text-sm text-red-700">
              {errors.scopes}
            </p>
          ) : null}
        </fieldset>
        <div>
          <label htmlFor="field-expiresInDays" className="block text-sm font-medium text-slate-800">
            Expires after
          </label>
          <select id="field-expiresInDays" name="expiresInDays" defaultValue="90" className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {LIFETIMES.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pendingText="Creating…">Create token</SubmitButton>
      </form>
      {state?.ok && state.data ? (
        <CopyLinkField id="new-api-token" label={`Your token “${state.data.name}”: copy it now; it won't be shown again`} link={state.data.token}>
          Send it as <code>Authorization: Bearer {state.data.token.slice(0, 11)}…</code> to the JSON API (described at <code>/api/openapi.json</code>).{" "}
          {state.data.expiresAt ? `It works until ${formatDateTimeIn(new Date(state.data.expiresAt), timeZone)}.` : "It works until you revoke it."}
        </CopyLinkField>
      ) : null}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">No tokens yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {tokens.map((t) => (
            <TokenRow key={t.id} token={t} revoke={revoke} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TokenRow({ token, revoke, timeZone }: { token: ApiTokenItem; revoke: RevokeAction; timeZone: string }) {
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          {token.name}
          <code className="text-xs font-normal text-slate-600">{token.prefix}…</code>
          {token.expired ? <Badge tone="red">Expired</Badge> : null}
        </p>
        <p className="mt-1 flex flex-wrap gap-1">
          {token.scopes.map((s) => (
            <Badge key={s}>{s}</Badge>
          ))}
        </p>
        <p className="mt-1 text-xs text-slate-600">
          Created {formatDateTimeIn(new Date(token.createdAt), timeZone)} · {token.lastUsedAt ? `last used ${formatDateTimeIn(new Date(token.lastUsedAt), timeZone)}` : "never used"} ·{" "}
          {token.expiresAt ? `${token.expired ? "expired" : "expires"} ${formatDateTimeIn(new Date(token.expiresAt), timeZone)}` : "doesn't expire"}
        </p>
        {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
      </div>
      <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => setAsking(true)}>
        Revoke
      </Button>
      <ConfirmDialog
        open={asking}
        title={`Revoke “${token.name}”?`}
        confirmLabel="Revoke token"
        tone="danger"
        pending={pending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await revoke(token.id);
            setAsking(false);
            if (!result.ok) setError(result.message);
          })
        }
      >
        Scripts that use it stop working at once. This can&apos;t be undone.
      </ConfirmDialog>
    </li>
  );
}
