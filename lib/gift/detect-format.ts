export type ImportFormat = "gift" | "json";

/**
 * Which importer reads a file: by extension (.json, or .gift/.txt), else by
 * content — a Quizformer export is a JSON object, and GIFT text never starts with "{".
 */
export function detectImportFormat(fileName: string | undefined, text: string): ImportFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "json") return "json";
  if (ext === "gift" || ext === "txt") return "gift";
  return text.trimStart().startsWith("{") ? "json" : "gift";
}
