// Shared by both import formats (GIFT and Quizformer JSON), in the browser and on the server.

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** "The file is 6.2 MB; the limit is 5 MB." for a file over the limit, else null. Rounds up, so 5 MB + 1 byte never reads "5.0 MB". */
export function fileTooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `The file is ${mb.toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`;
}

/** For a body that turned out over the limit before its size was known (no or a false Content-Length). */
export function fileOverLimitMessage(): string {
  return `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB, the limit.`;
}

/** The size of text once stored as UTF-8, as an uploaded file would be. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
