import "server-only";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { bearerToken } from "@/lib/server/auth/api-token";
import { authenticateApiToken } from "@/lib/server/data/api-tokens/authenticate-api-token";
import { createDefineRoute, type Caller } from "./route-core";

/**
 * Every route handler except next-auth's own is one of these: it checks the session or the personal
 * access token (`Authorization: Bearer qf_…`, only on routes that name the scope it needs; a
 * request with that header is never taken for its cookie) (401, 403) and, for
 * `auth: "admin"`, the role (403; the data layer checks again), parses params, query and body
 * with zod (404 / 400 with the reasons; bodies capped: 413, 415), runs the entry policy, and maps
 * typed errors to their status with `{ error }` and anything else to one logged line and a
 * generic 500.
 *
 *     export const GET = defineRoute(
 *       { name: "export-json", auth: "admin", signIn: "Sign in as an administrator to export." },
 *       async ({ actor, now }) => download(await exportJson(actor, now), now),
 *     );
 */
export const defineRoute = createDefineRoute(async (request): Promise<Caller | null> => {
  const token = bearerToken(request.headers.get("authorization"));
  if (token === undefined) {
    const user = await getCurrentUser();
    return user ? { user, via: "session" } : null;
  }
  const found = token === null ? null : await authenticateApiToken(token, new Date());
  return found ? { user: found.user, via: "token", scopes: found.scopes } : null;
});
