import "server-only";
import { resetLink } from "@/lib/accounts/password-link";
import { resetMail } from "@/lib/accounts/reset-mail";
import { requestPasswordReset } from "@/lib/server/data/accounts/request-password-reset";
import { log, summarizeError } from "@/lib/server/log";
import { sendMail } from "./send-mail";

/**
 * A reset link asked for by email: issued (when the address has an account and the limits allow)
 * and mailed to the account. Runs after the answer has gone to whoever asked, so neither its
 * outcome nor its duration tells them whether the address has an account; a failure is logged.
 * The link points at the site's configured address (NEXTAUTH_URL), never at a Host header.
 */
export async function sendPasswordReset(input: { email: string; client: string | null }, now: Date, origin: string = process.env.NEXTAUTH_URL ?? ""): Promise<"sent" | "not-sent"> {
  try {
    const issued = await requestPasswordReset(input, now);
    if (!issued) return "not-sent";
    const { subject, text } = resetMail({ link: resetLink(origin, issued.token), expiresAt: issued.expiresAt });
    await sendMail({ to: issued.to, subject, text });
    return "sent";
  } catch (error) {
    log("error", "password_reset_mail_failed", { error: summarizeError(error) });
    return "not-sent";
  }
}
