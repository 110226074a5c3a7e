import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { emailSchema } from "@/lib/schemas/account";
import { issuePasswordSetup } from "./internal/issue-password-setup";
import { countResetRequest } from "./internal/count-reset-request";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";

export const requestPasswordResetSchema = z.object({ email: emailSchema });

/** The mail to send: the account's owner and their link's token (never shown to whoever asked). */
export type ResetMail = { to: string; token: string; expiresAt: Date };

/**
 * Someone who forgot their password asks for a reset link by email. No actor: whoever asks learns
 * nothing (the caller answers the same in every case and sends the mail, if any, out of band).
 * A link is issued only for an active account that has a password, and only while the requests
 * for that address and from that client stay under their limits (countResetRequest), so the
 * address can't be flooded. Returns the mail to send, or null.
 */
export async function requestPasswordReset(input: z.output<typeof requestPasswordResetSchema> & { client: string | null }, now: Date): Promise<ResetMail | null> {
  // A password nobody can sign in with isn't worth a mail.
  if (!signInMethods().password) return null;
  const email = input.email.trim().toLowerCase();
  if (!(await countResetRequest({ email, client: input.client }, now))) return null;
  return getDb().$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ id: string; email: string; passwordHash: string; deactivatedAt: Date | null }[]>`
      SELECT id, email, "passwordHash", "deactivatedAt" FROM "User" WHERE email = ${email} FOR UPDATE`;
    if (!user || user.deactivatedAt || user.passwordHash === UNSET_PASSWORD_HASH) return null;
    const { token, expiresAt } = await issuePasswordSetup(tx, user.id, now, "RESET");
    return { to: user.email, token, expiresAt };
  });
}
