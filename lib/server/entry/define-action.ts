import "server-only";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { actorOf, type Actor } from "@/lib/server/data/actor";
import { createDefineAction, createDefineFormAction } from "./action-core";

async function sessionActor(): Promise<Actor | null> {
  const user = await getCurrentUser();
  return user ? actorOf(user) : null;
}

/**
 * Every server action is one of these: it resolves the session to an actor (or answers "sign in
 * again"), parses its input with the given zod schema (field errors back to the form), runs the
 * entry policy (rate limits, audit), calls the handler, and maps typed errors to form results and
 * anything else to one logged line and a generic message. `redirect()` in a handler works as usual.
 *
 *     export const createTeamAction = defineFormAction(
 *       { name: "create-team", input: createTeamSchema, echo: ["name"] },
 *       async ({ actor, input }) => redirect(`/teams/${(await createTeam(actor, input)).id}`),
 *     );
 */
export const defineAction = createDefineAction(sessionActor);

/** The same for `useActionState` forms: `(previousState, formData)`, after any `.bind` arguments. */
export const defineFormAction = createDefineFormAction(sessionActor);
