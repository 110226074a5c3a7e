import "server-only";
import { getDb } from "@/lib/server/db";

/** True until the first administrator exists; /setup is open only then. */
export async function needsSetup(): Promise<boolean> {
  const admin = await getDb().user.findFirst({ where: { role: "ADMIN" }, select: { id: true } });
  return admin === null;
}
