import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import type { InstanceSettings } from "./get-instance-settings";

export const instanceSettingsSchema = z.object({
  signupEnabled: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.undefined()])
    .transform((v) => v === "on" || v === "true"),
});

export async function updateInstanceSettings(actor: Actor, settings: z.output<typeof instanceSettingsSchema>): Promise<InstanceSettings> {
  requireAdmin(actor);
  const row = await getDb().instanceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, signupEnabled: settings.signupEnabled },
    update: { signupEnabled: settings.signupEnabled },
    select: { signupEnabled: true },
  });
  return row;
}
