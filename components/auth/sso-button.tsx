"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

/** Starts the single sign-on: next-auth sends the browser to the identity provider, which sends it back signed in. */
export function SsoButton({ name, callbackUrl, variant = "primary", autoFocus }: { name: string; callbackUrl: string; variant?: "primary" | "secondary"; autoFocus?: boolean }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant={variant}
      className="w-full"
      disabled={pending}
      autoFocus={autoFocus}
      onClick={() => {
        setPending(true);
        void signIn("sso", { callbackUrl: safeCallbackUrl(callbackUrl) });
      }}
    >
      {pending ? `Opening ${name}…` : `Continue with ${name}`}
    </Button>
  );
}
