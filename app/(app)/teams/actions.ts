"use server";

import { redirect } from "next/navigation";
import { createTeamSchema, createTeam } from "@/lib/server/data/teams/create-team";
import { defineFormAction } from "@/lib/server/entry/define-action";

export const createTeamAction = defineFormAction({ name: "create-team", input: createTeamSchema, echo: ["name"], audit: true }, async ({ actor, input }) =>
  redirect(`/teams/${(await createTeam(actor, input)).id}`),
);
