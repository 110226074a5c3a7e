"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { CreatedUserLink } from "@/lib/accounts/created-user-link";
import { Button } from "@/components/ui/button";
import { SetupLinkBox } from "./setup-link-box";

/** For an account still waiting for its password: a new link (the old one stops working). */
export function RenewLinkButton({ userId, renew, timeZone }: { userId: string; renew: (userId: string) => Promise<ActionResult<CreatedUserLink>>; timeZone: string }) {
  const [result, setResult] = useState<ActionResult<CreatedUserLink> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => startTransition(async () => setResult(await renew(userId)))}>
        {pending ? "Creating…" : "New password link"}
      </Button>
      {result && !result.ok ? <p className="text-sm text-red-700">{result.message}</p> : null}
      {result?.ok && result.data ? <SetupLinkBox key={result.data.setupToken} user={result.data} timeZone={timeZone} /> : null}
    </div>
  );
}
