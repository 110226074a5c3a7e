import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { templateSchema, type Template } from "@/lib/questions/template-schema";

/** What the GIFT and Moodle XML exports write: the active templates' latest versions, of one topic or all, in course order. The caller checked the actor. */
export async function listExportedTemplates(topic: string | undefined): Promise<Template[]> {
  const db = getDb();
  if (topic && !(await db.topic.findUnique({ where: { slug: topic }, select: { id: true } }))) {
    throw new NotFoundError(`There's no topic "${topic}".`);
  }
  const rows = await db.questionTemplate.findMany({
    where: { isLatest: true, status: "ACTIVE", ...(topic ? { topic: { slug: topic } } : {}) },
    orderBy: [{ topic: { order: "asc" } }, { key: "asc" }],
    select: { definition: true },
  });
  return rows.map((r) => templateSchema.parse(r.definition));
}
