import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import type { InstanceSettings } from "./get-instance-settings";

export async function updateInstanceSettings(actor: Actor, settings: InstanceSettings): Promise<InstanceSettings> {
  requireAdmin(actor);
  const row = await getDb().instanceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, signupEnabled: settings.signupEnabled },
    update: { signupEnabled: settings.signupEnabled },
    select: { signupEnabled: true },
  });
  return row;
}
