"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { removeMemberSchema, removeMember } from "@/lib/server/data/teams/remove-member";
import { setMemberRoleSchema, setMemberRole } from "@/lib/server/data/teams/set-member-role";
import { createInviteSchema, createInvite } from "@/lib/server/data/teams/create-invite";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { revokeInvite } from "@/lib/server/data/teams/revoke-invite";
import { text } from "@/lib/schemas/text";

export type InviteCreated = { token: string; expiresAt: string };

export const createInviteAction = defineFormAction<typeof createInviteSchema, InviteCreated>({ name: "create-invite", input: createInviteSchema, audit: true }, async ({ actor, input, now }) => {
  const invite = await createInvite(actor, input, now);
  revalidatePath(`/teams/${input.teamId}`);
  return { ok: true, data: { token: invite.token, expiresAt: invite.expiresAt.toISOString() } };
});

const revokeSchema = z.object({ teamId: text().min(1), inviteId: text().min(1) });

export const revokeInviteAction = defineFormAction({ name: "revoke-invite", input: revokeSchema, invalid: "Invalid request.", audit: true }, async ({ actor, input, now }) => {
  await revokeInvite(actor, input, now);
  revalidatePath(`/teams/${input.teamId}`);
  return { ok: true, message: "Invite revoked." };
});

export const removeMemberAction = defineFormAction({ name: "remove-member", input: removeMemberSchema, invalid: "Invalid request.", audit: true }, async ({ actor, input, now }) => {
  await removeMember(actor, input, now);
  revalidatePath(`/teams/${input.teamId}`);
  if (actor.id === input.userId) redirect("/teams");
  return { ok: true, message: "Member removed." };
});

export const setMemberRoleAction = defineFormAction({ name: "set-member-role", input: setMemberRoleSchema, invalid: "Invalid request.", audit: true }, async ({ actor, input }) => {
  await setMemberRole(actor, input);
  revalidatePath(`/teams/${input.teamId}`);
  return { ok: true, message: "Role updated." };
});
