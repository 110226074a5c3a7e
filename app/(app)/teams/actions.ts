"use server";

import { redirect } from "next/navigation";
import { echoValues, type ActionState } from "@/lib/forms/action-result";
import { createTeamSchema } from "@/lib/schemas/team";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { createTeam } from "@/lib/server/data/create-team";
import { toActionError } from "@/lib/server/to-action-error";

export async function createTeamAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = createTeamSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(form, ["name"]) };
  let teamId: string;
  try {
    teamId = (await createTeam(await getActionActor(), parsed.data)).id;
  } catch (error) {
    return { ...toActionError(error, "create-team"), values: echoValues(form, ["name"]) };
  }
  redirect(`/teams/${teamId}`);
}
