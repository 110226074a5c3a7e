import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import type { ImportIssue, ImportReport } from "../import-result";
import type { OnImportProgress } from "../import-progress";
import type { PreparedTemplate } from "./prepare-template";
import { writeTemplateVersions } from "./write-template-versions";

/**
 * The transaction's time limit, sized for the work: a fixed allowance plus 1 ms per
 * template. A file at the 5 MB limit (about 180,000 questions) writes in well under a
 * minute on a modest machine; the limit only ends a transaction that is stuck.
 */
export function importTimeoutMs(templates: number): number {
  return 30_000 + templates;
}

/**
 * Writes validated templates (and whatever `more` writes) in one transaction on
 * one connection: all of it or, on any failure, nothing.
 */
export async function runImport(
  templates: readonly PreparedTemplate[],
  actorId: string,
  warnings: ImportIssue[],
  more?: (tx: Prisma.TransactionClient) => Promise<ImportReport["quizzes"]>,
  onProgress?: OnImportProgress,
): Promise<ImportReport> {
  try {
    return await getDb().$transaction(
      async (tx) => {
        const outcomes = await writeTemplateVersions(tx, templates, actorId, (done, total) => onProgress?.({ phase: "write", done, total }));
        const quizzes = more ? await more(tx) : { created: 0, unchanged: 0, skipped: 0 };
        const counts = { created: 0, versioned: 0, unchanged: 0 };
        for (const o of outcomes) counts[o.outcome]++;
        return { ...counts, templates: outcomes, quizzes, warnings };
      },
      // maxWait: how long to wait for a connection when the pool is busy.
      { timeout: importTimeoutMs(templates.length), maxWait: 10_000 },
    );
  } catch (error) {
    // Another import or save wrote a version of the same key first.
    if (isUniqueViolation(error)) throw new ConflictError("Someone changed some of these templates while the file was imported. Nothing was written; import the file again.");
    throw error;
  }
}
