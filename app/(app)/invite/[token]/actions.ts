"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-result";
import { inviteTokenSchema } from "@/lib/schemas/team";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { acceptInvite } from "@/lib/server/data/accept-invite";
import { toActionError } from "@/lib/server/to-action-error";

export async function acceptInviteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const token = inviteTokenSchema.safeParse(form.get("token"));
  if (!token.success) return { ok: false, message: "This invite link is malformed. Check that you copied all of it.", fieldErrors: {} };
  let teamId: string;
  try {
    teamId = (await acceptInvite(await getActionActor(), token.data, new Date())).teamId;
  } catch (error) {
    return toActionError(error, "accept-invite");
  }
  redirect(`/teams/${teamId}`);
}
