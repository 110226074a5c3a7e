export type ImportFormat = "gift" | "json" | "moodle-xml";

/**
 * Which importer reads a file: by extension (.json, .xml, or .gift/.txt), else by
 * content — a Quizformer export is a JSON object, Moodle XML starts with "<?xml" or
 * "<quiz", and GIFT text never starts with "{" or "<".
 */
export function detectImportFormat(fileName: string | undefined, text: string): ImportFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "json") return "json";
  if (ext === "xml") return "moodle-xml";
  if (ext === "gift" || ext === "txt") return "gift";
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{")) return "json";
  return /^<(\?xml|quiz[\s>]|!--)/i.test(start) ? "moodle-xml" : "gift";
}
