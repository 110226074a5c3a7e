import "server-only";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { getPasswordSetup } from "@/lib/server/data/accounts/get-password-setup";

/**
 * For the pages a password link opens: the link, or the error that says why it doesn't work (used,
 * replaced or expired), for the page to show rather than "page not found".
 */
export async function readPasswordLink(token: string): Promise<Awaited<ReturnType<typeof getPasswordSetup>> | NotFoundError | GoneError> {
  return getPasswordSetup(token, new Date()).catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof GoneError) return error;
    throw error;
  });
}
