import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { isValidTimeZone } from "@/lib/time/day-bounds";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";

export const timeZoneSchema = z.object({
  timeZone: text({ error: "Choose a time zone." })
    .trim()
    .min(1, { error: "Choose a time zone." })
    .refine(isValidTimeZone, { error: "That isn't a time zone this server knows. Pick one from the list, like Europe/Berlin." }),
});

/**
 * Sets where the actor's days start. Only their own account; the new zone applies from the next
 * queue they load (cards already buried until "tomorrow" keep the instant they were given).
 */
export async function updateTimeZone(actor: Actor, input: z.output<typeof timeZoneSchema>): Promise<{ timeZone: string }> {
  const { timeZone } = input;
  await getDb().user.update({ where: { id: actor.id }, data: { timeZone }, select: { id: true } });
  return { timeZone };
}
