import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

/** Admin-only: every tag in use, for the filter. */
export async function listTemplateTags(actor: Actor): Promise<string[]> {
  requireAdmin(actor);
  const rows = await getDb().$queryRaw<{ tag: string }[]>`SELECT DISTINCT unnest("tags") AS tag FROM "QuestionTemplate" WHERE "isLatest" ORDER BY tag`;
  return rows.map((r) => r.tag);
}
