import "server-only";
import type { Db } from "@/lib/server/db";

/**
 * A timed attempt closes itself once its deadline passes: the next read or write
 * marks it expired (finished at the deadline). Returns the status now in force.
 */
export async function closeIfExpired(
  db: Pick<Db, "attempt">,
  attempt: { id: string; status: string; deadline: Date | null },
  now: Date,
): Promise<"IN_PROGRESS" | "SUBMITTED" | "EXPIRED"> {
  if (attempt.status === "IN_PROGRESS" && attempt.deadline && now > attempt.deadline) {
    await db.attempt.updateMany({ where: { id: attempt.id, status: "IN_PROGRESS" }, data: { status: "EXPIRED", finishedAt: attempt.deadline } });
    return "EXPIRED";
  }
  return attempt.status as "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
}
