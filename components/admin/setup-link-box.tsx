"use client";

import { CopyLinkField } from "@/components/ui/copy-link-field";
import { formatDateTimeIn } from "@/components/ui/format";
import { setupLink, type CreatedUserLink } from "@/lib/accounts/created-user-link";

/** A created account's one-time link, to copy and send to its owner (it is shown once). */
export function SetupLinkBox({ user, timeZone }: { user: CreatedUserLink; timeZone: string }) {
  return (
    <CopyLinkField
      id={`setup-link-${user.setupToken.slice(0, 8)}`}
      label={`Password link for ${user.email}: copy it now and send it to them; it won't be shown again`}
      link={setupLink(window.location.origin, user.setupToken)}
    >
      Works once, until {formatDateTimeIn(new Date(user.expiresAt), timeZone)}.
    </CopyLinkField>
  );
}
