"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { inviteTokenSchema } from "@/lib/schemas/team";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { acceptInvite } from "@/lib/server/data/teams/accept-invite";

const acceptSchema = z.object({ token: inviteTokenSchema });

export const acceptInviteAction = defineFormAction(
  { name: "accept-invite", input: acceptSchema, invalid: "This invite link is malformed. Check that you copied all of it.", fieldErrors: () => ({}), audit: true },
  async ({ actor, input, now }) => redirect(`/teams/${(await acceptInvite(actor, input.token, now)).teamId}`),
);
