import "server-only";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";
import { ForbiddenError } from "@/lib/server/errors";

/** With PASSWORD_SIGNIN=off nobody signs in with a password: setting or resetting one is refused, not left to do nothing. */
export function requirePasswordSignIn(): void {
  if (!signInMethods().password) throw new ForbiddenError("This Quizformer signs people in with single sign-on only: passwords aren't used here.");
}
