import "server-only";
import { getDb } from "@/lib/server/db";

/**
 * True until the first administrator was created; /setup is open only then. Reads the
 * instance's set-up mark, never "is there an admin", so losing every admin can't reopen it.
 */
export async function needsSetup(): Promise<boolean> {
  const row = await getDb().instanceSettings.findUnique({ where: { id: 1 }, select: { setupCompletedAt: true } });
  return !row?.setupCompletedAt;
}
