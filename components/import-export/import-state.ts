import type { ImportFormat } from "@/lib/gift/detect-format";
import type { ImportProgress } from "@/lib/server/data/import-export/import-progress";
import type { ImportResult, NotListed } from "@/lib/server/data/import-export/import-result";

/** One line of the import endpoint's NDJSON answer: progress while it works, then the outcome. */
export type ImportEvent =
  | ({ type: "progress" } & ImportProgress)
  | { type: "result"; format: ImportFormat; source: string; result: ImportResult; notListed: NotListed }
  | { type: "failed"; message: string; fieldErrors: Record<string, string> };

/** What the import form shows: nothing yet, an upload or import under way, a problem with the form, or the importer's result. */
export type ImportState =
  | null
  | { kind: "uploading"; bytes: number }
  | { kind: "progress"; bytes: number; progress: ImportProgress }
  | { kind: "form"; message: string; fieldErrors: Record<string, string> }
  | Omit<Extract<ImportEvent, { type: "result" }>, "type"> & { kind: "result" };
