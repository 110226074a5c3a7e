"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { requestPasswordResetSchema } from "@/lib/server/data/accounts/request-password-reset";
import { mailConfigured } from "@/lib/server/mail/send-mail";
import { sendPasswordReset } from "@/lib/server/mail/send-password-reset";

/**
 * Public. Answers at once, the same for every address; the link is issued and mailed after the
 * answer (see sendPasswordReset), so the answer's content and timing say nothing about accounts.
 */
export const requestPasswordResetAction = defineFormAction<typeof requestPasswordResetSchema, { email: string }, true>(
  { name: "request-password-reset", input: requestPasswordResetSchema, public: true, invalid: "Enter the email address of your account.", echo: ["email"], audit: true },
  async ({ input, now }) => {
    if (!mailConfigured()) return { ok: false, message: "This site can't send mail. Ask an administrator for a password reset link.", fieldErrors: {} };
    const client = clientIp(await headers());
    after(() => sendPasswordReset({ email: input.email, client }, now));
    return { ok: true, message: "Request received.", data: { email: input.email.trim() } };
  },
);
