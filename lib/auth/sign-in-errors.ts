/**
 * What the sign-in page says for the `error` next-auth (or the single sign-on callback) put in
 * its address. Only known codes are worded: the address is the visitor's to edit, so its text
 * is never shown as it stands.
 */
export function signInErrorMessage(code: string | undefined, ssoName: string): string | null {
  if (!code) return null;
  switch (code) {
    case "sso-unverified-email":
      return `${ssoName} hasn't confirmed your email address, so Quizformer can't create an account for it or link it to one. Confirm the address there (or ask your administrator), then try again.`;
    case "sso-deactivated":
      return "This account is deactivated. Ask an administrator to reactivate it.";
    case "sso-not-set-up":
      return "Quizformer isn't set up yet, and this account can't be its first administrator. The person who runs this Quizformer sets it up first.";
    case "sso-identity-conflict":
      return `The Quizformer account with this email address already signs in with another ${ssoName} identity. Ask an administrator: the address may have belonged to someone else before.`;
    case "sso-claims":
      return `${ssoName} didn't send the email address and identifier Quizformer needs. Ask your administrator to include the "email" scope for this application.`;
    case "sso-unavailable":
      return "Single sign-on is unavailable right now. Try again shortly.";
    case "SessionRequired":
      return null;
    default:
      // OAuthSignin, OAuthCallback, Callback, AccessDenied…: the provider's answer couldn't be verified or was refused.
      return `Signing in with ${ssoName} didn't complete: its answer was refused or couldn't be verified. Try again; if it keeps failing, tell your administrator.`;
  }
}
