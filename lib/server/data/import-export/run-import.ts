import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Template } from "@/lib/questions/template-schema";
import { isUniqueViolation } from "../is-unique-violation";
import type { ImportIssue, ImportReport } from "./import-result";
import { writeTemplateVersions } from "./write-template-versions";

/**
 * Writes validated templates (and whatever `more` writes) in one transaction:
 * all of it or, on any failure, nothing.
 */
export async function runImport(
  templates: readonly Template[],
  actorId: string,
  warnings: ImportIssue[],
  more?: (tx: Prisma.TransactionClient) => Promise<ImportReport["quizzes"]>,
): Promise<ImportReport> {
  try {
    return await getDb().$transaction(
      async (tx) => {
        const outcomes = await writeTemplateVersions(tx, templates, actorId);
        const quizzes = more ? await more(tx) : { created: 0, unchanged: 0, skipped: 0 };
        const count = (o: string) => outcomes.filter((t) => t.outcome === o).length;
        return { created: count("created"), versioned: count("versioned"), unchanged: count("unchanged"), templates: outcomes, quizzes, warnings };
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    // Another import or save wrote a version of the same key first.
    if (isUniqueViolation(error)) throw new ConflictError("Someone changed some of these templates while the file was imported. Nothing was written; import the file again.");
    throw error;
  }
}
