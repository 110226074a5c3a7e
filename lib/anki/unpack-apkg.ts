import { Unzip, UnzipInflate } from "fflate";
import { ApkgFormatError } from "./apkg-types";

/** Input is fed this much at a time, so one step can't unpack more than about 1,000 times it (DEFLATE's limit). */
const STEP = 16 * 1024;

/**
 * The named files of a zip, unpacked as a stream of its local entries (never trusting the sizes an
 * entry claims) with every byte counted: past `maxBytes` in all, or with a name twice, the package is
 * refused; other files (media) are skipped without being unpacked. `seen` lists every name met.
 */
export function unpackZip(bytes: Uint8Array, wanted: ReadonlySet<string>, maxBytes: number, tooLargeMessage: string): { files: Map<string, Uint8Array>; seen: Set<string> } {
  const parts = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  const seen = new Set<string>();
  let total = 0;
  let failed = false;
  let tooLarge = false;
  let duplicate = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (seen.has(file.name)) {
      duplicate = true;
      return;
    }
    seen.add(file.name);
    if (!wanted.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (error, data, final) => {
      if (error) {
        failed = true;
        return;
      }
      total += data.length;
      if (total > maxBytes) {
        // fflate catches what a handler throws: stop this entry and stop feeding the stream instead.
        tooLarge = true;
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) done.add(file.name);
    };
    file.start();
  };
  try {
    if (bytes.length === 0) unzip.push(bytes, true);
    for (let i = 0; i < bytes.length && !tooLarge && !duplicate; i += STEP) unzip.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
  } catch {
    throw new ApkgFormatError("This file isn't an Anki package (.apkg): it couldn't be opened as one.");
  }
  if (tooLarge) throw new ApkgFormatError(tooLargeMessage);
  if (duplicate) throw new ApkgFormatError("This package lists a file twice: it may be damaged.");
  if (failed || [...parts.keys()].some((name) => !done.has(name))) throw new ApkgFormatError("This package is damaged: a file inside it is cut short.");
  const files = new Map<string, Uint8Array>();
  for (const [name, chunks] of parts) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    files.set(name, out);
  }
  return { files, seen };
}
