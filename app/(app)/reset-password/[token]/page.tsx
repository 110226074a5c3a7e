import type { Metadata } from "next";
import { PasswordLinkPage } from "@/components/auth/password-link-page";
import { readPasswordLink } from "@/lib/server/entry/read-password-link";
import { mailConfigured } from "@/lib/server/mail/send-mail";
import { resetPasswordFromLinkAction } from "./actions";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";

export const metadata: Metadata = { title: "Choose a new password" };

/** Where a reset link leads (public: the link is the credential). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <PasswordLinkPage token={token} link={await readPasswordLink(token)} action={resetPasswordFromLinkAction} canMail={mailConfigured()} opened="reset" ssoOnly={SIGN_IN_METHODS.password ? undefined : (SIGN_IN_METHODS.sso?.name ?? "single sign-on")} />;
}
