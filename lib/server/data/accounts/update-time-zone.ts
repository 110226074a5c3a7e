import "server-only";
import { z } from "zod";
import { timeZoneSchema } from "@/lib/schemas/account";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";

/**
 * Sets where the actor's days start. Only their own account; the new zone applies from the next
 * queue they load (cards already buried until "tomorrow" keep the instant they were given).
 */
export async function updateTimeZone(actor: Actor, input: z.input<typeof timeZoneSchema>): Promise<{ timeZone: string }> {
  const { timeZone } = timeZoneSchema.parse(input);
  await getDb().user.update({ where: { id: actor.id }, data: { timeZone }, select: { id: true } });
  return { timeZone };
}
