"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTimeIn } from "@/components/ui/format";
import { setupLink, type CreatedUserLink } from "@/lib/accounts/created-user-link";

/** A created account's one-time link, to copy and send to its owner (it is shown once). */
export function SetupLinkBox({ user, timeZone }: { user: CreatedUserLink; timeZone: string }) {
  const [copied, setCopied] = useState(false);
  const link = setupLink(window.location.origin, user.setupToken);
  const id = `setup-link-${user.setupToken.slice(0, 8)}`;
  return (
    <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3">
      <label htmlFor={id} className="block text-sm font-medium text-emerald-900">
        Password link for {user.email}: copy it now and send it to them; it won&apos;t be shown again
      </label>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="w-full rounded-md border border-emerald-300 bg-white px-3 py-2 font-mono text-xs" />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="mt-2 text-xs text-emerald-900">Works once, until {formatDateTimeIn(new Date(user.expiresAt), timeZone)}.</p>
    </div>
  );
}
