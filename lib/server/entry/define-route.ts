import "server-only";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { createDefineRoute } from "./route-core";

/**
 * Every route handler except next-auth's own is one of these: it checks the session (401) and, for
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
export const defineRoute = createDefineRoute(getCurrentUser);
