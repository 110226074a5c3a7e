// Shared by the import form (checked before sending) and the import route (checked while reading).
import { formatBytes } from "@/lib/http/format-bytes";

/** Packages exported with their media can be large; only the collection inside is read. */
export const MAX_APKG_BYTES = 50 * 1024 * 1024;

/** "The file is 61 MB; the limit is 50 MB. …" for a package over the limit, else null. */
export function apkgTooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_APKG_BYTES) return null;
  return `The file is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_APKG_BYTES)}. In Anki, export the deck again without “Include media”: only text is imported.`;
}
