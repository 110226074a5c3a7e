import "server-only";
import { getDb } from "@/lib/server/db";

export type InstanceSettings = { signupEnabled: boolean };

/** Instance-wide settings; defaults apply until an admin saves them. Public: the sign-up page needs them. */
export async function getInstanceSettings(): Promise<InstanceSettings> {
  const row = await getDb().instanceSettings.findUnique({ where: { id: 1 }, select: { signupEnabled: true } });
  return { signupEnabled: row?.signupEnabled ?? true };
}
