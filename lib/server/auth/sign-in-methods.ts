import "server-only";
import { readSignInMethods, type SignInMethods } from "@/lib/auth/sso-config";

/**
 * The sign-in methods the environment turns on (OIDC_*, PASSWORD_SIGNIN), read at each call so
 * the data layer's checks follow the same setting next-auth was configured with at start.
 */
export function signInMethods(): SignInMethods {
  return readSignInMethods(process.env);
}
