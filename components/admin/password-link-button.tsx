"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { PasswordLinkPurpose, PasswordLinkView } from "@/lib/accounts/password-link";
import { Button } from "@/components/ui/button";
import { PasswordLinkBox } from "./password-link-box";

const BUTTON: Record<PasswordLinkPurpose, string> = { setup: "New password link", reset: "Password reset link" };

/**
 * A new one-time link for one account (any earlier link of the account stops working): to choose a
 * first password (setup) or to replace a forgotten one (reset).
 */
export function PasswordLinkButton({
  userId,
  purpose,
  issue,
  timeZone,
}: {
  userId: string;
  purpose: PasswordLinkPurpose;
  issue: (userId: string) => Promise<ActionResult<PasswordLinkView>>;
  timeZone: string;
}) {
  const [result, setResult] = useState<ActionResult<PasswordLinkView> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => startTransition(async () => setResult(await issue(userId)))}>
        {pending ? "Creating…" : BUTTON[purpose]}
      </Button>
      {result && !result.ok ? <p className="text-sm text-red-700">{result.message}</p> : null}
      {result?.ok && result.data ? <PasswordLinkBox key={result.data.token} link={result.data} purpose={purpose} timeZone={timeZone} /> : null}
    </div>
  );
}
