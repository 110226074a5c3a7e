// GIFT reserves ~ = # { } : and marks literal ones with a backslash; "\\" is a
// backslash and "\n" a line break (as Moodle reads and writes them), so LaTeX
// commands survive a round trip only when their backslash is doubled.
const SPECIAL = new Set(["~", "=", "#", "{", "}", ":", "\\"]);

/** Text as GIFT writes it: specials escaped, line breaks as "\n". */
export function escapeGift(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n")) {
    if (ch === "\n") out += "\\n";
    else out += SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/** Raw GIFT text to plain text. A backslash before any other character is kept as written. */
export function unescapeGift(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const next = raw[i + 1];
    if (ch === "\\" && next !== undefined) {
      if (SPECIAL.has(next)) out += next;
      else if (next === "n") out += "\n";
      else out += ch + next;
      i++;
    } else out += ch;
  }
  return out;
}

/** The first unescaped occurrence of `needle` at or after `from`, or -1. */
export function indexOfUnescaped(raw: string, needle: string, from = 0): number {
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === "\\") {
      i++;
      continue;
    }
    if (raw.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Splits at every unescaped `separator`, keeping each part's offset in `raw`. */
export function splitUnescaped(raw: string, separator: string): { part: string; offset: number }[] {
  const parts: { part: string; offset: number }[] = [];
  let start = 0;
  for (let at = indexOfUnescaped(raw, separator); at !== -1; at = indexOfUnescaped(raw, separator, start)) {
    parts.push({ part: raw.slice(start, at), offset: start });
    start = at + separator.length;
  }
  parts.push({ part: raw.slice(start), offset: start });
  return parts;
}
