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
  /** The page shown (clamped to the pages there are) and how many pages the variants fill. */
  page: number;
  pageCount: number;
  variants: Variant[];
};

/** Seeds past this aren't paged to: a space that large is sampled, not read through. */
const MAX_PAGED_SEEDS = 1_000_000;

/**
 * Admin-only: a template with sample variants *including their solutions*, for
 * authors. Students never get this shape.
 */
export async function getTemplatePreview(actor: Actor, key: string, options: { pageSize: number; page: number }): Promise<TemplatePreview> {
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
  // Seeds 0 … size − 1 are the distinct variants (seed s and s + size give the same one), so the
  // pages end at the last variant instead of going round again.
  const seeds = Math.min(space.size, MAX_PAGED_SEEDS);
  const pageCount = Math.max(1, Math.ceil(seeds / options.pageSize));
  const page = Math.min(Math.max(1, Math.trunc(options.page)), pageCount);
  const firstSeed = (page - 1) * options.pageSize;
  const variants = Array.from({ length: Math.max(0, Math.min(options.pageSize, seeds - firstSeed)) }, (_, i) => generateVariant(template, firstSeed + i));
  return { template, version: row.version, versions, builtIn: row.builtIn, topicTitle: row.topic.title, spaceSize: space.size, page, pageCount, variants };
}
