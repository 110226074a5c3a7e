"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/forms/action-result";
import { createInviteSchema, memberActionSchema, setMemberRoleSchema } from "@/lib/schemas/team";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { createInvite } from "@/lib/server/data/create-invite";
import { removeMember } from "@/lib/server/data/remove-member";
import { revokeInvite } from "@/lib/server/data/revoke-invite";
import { setMemberRole } from "@/lib/server/data/set-member-role";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

export type InviteCreated = { token: string; expiresAt: string };

export async function createInviteAction(_prev: ActionState<InviteCreated>, form: FormData): Promise<ActionState<InviteCreated>> {
  const parsed = createInviteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const invite = await createInvite(await getActionActor(), parsed.data, new Date());
    revalidatePath(`/teams/${parsed.data.teamId}`);
    return { ok: true, data: { token: invite.token, expiresAt: invite.expiresAt.toISOString() } };
  } catch (error) {
    return toActionError(error, "create-invite");
  }
}

const revokeSchema = z.object({ teamId: text().min(1), inviteId: text().min(1) });

export async function revokeInviteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = revokeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Invalid request.", fieldErrors: {} };
  try {
    await revokeInvite(await getActionActor(), parsed.data, new Date());
    revalidatePath(`/teams/${parsed.data.teamId}`);
    return { ok: true, message: "Invite revoked." };
  } catch (error) {
    return toActionError(error, "revoke-invite");
  }
}

export async function removeMemberAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = memberActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Invalid request.", fieldErrors: {} };
  let leftTeam = false;
  try {
    const actor = await getActionActor();
    await removeMember(actor, parsed.data, new Date());
    leftTeam = actor.id === parsed.data.userId;
    revalidatePath(`/teams/${parsed.data.teamId}`);
  } catch (error) {
    return toActionError(error, "remove-member");
  }
  if (leftTeam) redirect("/teams");
  return { ok: true, message: "Member removed." };
}

export async function setMemberRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = setMemberRoleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Invalid request.", fieldErrors: {} };
  try {
    await setMemberRole(await getActionActor(), parsed.data);
    revalidatePath(`/teams/${parsed.data.teamId}`);
    return { ok: true, message: "Role updated." };
  } catch (error) {
    return toActionError(error, "set-member-role");
  }
}
