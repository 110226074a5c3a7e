import { createHash } from "node:crypto";

// Anki's guids are numbers written in a base-91 alphabet of printable ASCII characters.
const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/**
 * A stable Anki guid for a Quizformer note: its key hashed (the first 8 bytes of SHA-256) and written
 * in base 91. The same note always gets the same guid, so importing a newer export into Anki updates
 * the notes it imported before instead of duplicating them.
 */
export function ankiGuidFor(noteKey: string): string {
  let n = createHash("sha256").update(`quizformer:${noteKey}`).digest().readBigUInt64BE(0);
  let out = "";
  do {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  } while (n > 0n);
  return out;
}
