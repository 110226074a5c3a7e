"use client";

import { CopyLinkField } from "@/components/ui/copy-link-field";
import { formatDateTimeIn } from "@/components/ui/format";
import { passwordLink, type PasswordLinkPurpose, type PasswordLinkView } from "@/lib/accounts/password-link";

const LABEL: Record<PasswordLinkPurpose, (email: string) => string> = {
  setup: (email) => `Password link for ${email}: copy it now and send it to them; it won't be shown again`,
  reset: (email) => `Reset link for ${email}: copy it now and send it to them; it won't be shown again`,
};

const NOTE: Record<PasswordLinkPurpose, string> = {
  setup: "Works once",
  reset: "Works once and signs the account out everywhere; valid",
};

/** A one-time password link, to copy and send to its owner (it is shown once). */
export function PasswordLinkBox({ link, purpose, timeZone }: { link: PasswordLinkView; purpose: PasswordLinkPurpose; timeZone: string }) {
  return (
    <CopyLinkField id={`${purpose}-link-${link.token.slice(0, 8)}`} label={LABEL[purpose](link.email)} link={passwordLink(window.location.origin, purpose, link.token)}>
      {NOTE[purpose]} until {formatDateTimeIn(new Date(link.expiresAt), timeZone)}.
    </CopyLinkField>
  );
}
