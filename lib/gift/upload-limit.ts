// Shared by both import formats (GIFT and Quizformer JSON), in the browser and on the server.
import { formatBytes } from "@/lib/http/format-bytes";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** "The file is 6.2 MB; the limit is 5 MB." for a file over the limit, else null. Rounds up, so 5 MB + 1 byte never reads "5.0 MB". */
export function fileTooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `The file is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)}.`;
}

/** The size of text once stored as UTF-8, as an uploaded file would be. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
