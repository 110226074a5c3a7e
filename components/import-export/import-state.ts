import type { ImportFormat } from "@/lib/gift/detect-format";
import type { ImportResult } from "@/lib/server/data/import-export/import-result";

/** What the import action returns to its form: a problem with the form itself, or the importer's result. */
export type ImportState =
  | null
  | { kind: "form"; message: string; fieldErrors: Record<string, string>; code?: string }
  | { kind: "result"; format: ImportFormat; source: string; result: ImportResult };
