import "server-only";
import { ValidationError } from "@/lib/server/errors";
import { fileTooLargeMessage, utf8Bytes } from "@/lib/gift/upload-limit";

/** Throws when the text is over the 5 MB import limit, counted in UTF-8 bytes. */
export function checkImportSize(text: string): void {
  const message = fileTooLargeMessage(utf8Bytes(text));
  if (message) throw new ValidationError(message, { file: message });
}
