import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { compileTemplate, generateVariant } from "@/lib/questions/generate-variant";
import { templateSchema, type Template } from "@/lib/questions/template-schema";
import type { Variant } from "@/lib/questions/variant";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export type TemplatePreview = {
  template: Template;
  version: number;
  versions: number;
  builtIn: boolean;
  topicTitle: string;
  spaceSize: number;
  variants: Variant[];
};

/**
 * Admin-only: a template with sample variants *including their solutions*, for
 * authors. Students never get this shape.
 */
export async function getTemplatePreview(actor: Actor, key: string, options: { count: number; firstSeed: number }): Promise<TemplatePreview> {
  requireAdmin(actor);
  const db = getDb();
  const row = await db.questionTemplate.findFirst({
    where: { key, isLatest: true },
    select: { version: true, builtIn: true, definition: true, topic: { select: { title: true } } },
  });
  if (!row) throw new NotFoundError("There's no template with this key.");
  const versions = await db.questionTemplate.count({ where: { key } });
  const template = templateSchema.parse(row.definition);
  const { space } = compileTemplate(template);
  const variants = Array.from({ length: Math.min(options.count, space.size) }, (_, i) => generateVariant(template, options.firstSeed + i));
  return { template, version: row.version, versions, builtIn: row.builtIn, topicTitle: row.topic.title, spaceSize: space.size, variants };
}
