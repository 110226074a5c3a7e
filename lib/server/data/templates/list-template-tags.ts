import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "./actor";
import { requireAdmin } from "./authz/require-admin";

/** Admin-only: every tag in use, for the filter. */
export async function listTemplateTags(actor: Actor): Promise<string[]> {
  requireAdmin(actor);
  const rows = await getDb().$queryRaw<{ tag: string }[]>`SELECT DISTINCT unnest("tags") AS tag FROM "QuestionTemplate" WHERE "isLatest" ORDER BY tag`;
  return rows.map((r) => r.tag);
}
