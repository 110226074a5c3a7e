/**
 * The line on which each element of the top-level array `key` starts, so errors
 * about "templates[3]" can name a line. Expects valid JSON.
 */
export function arrayElementLines(text: string, key: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let lastString = "";
  let target = -1;
  let awaiting = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 1) lastString = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") continue;
    if (awaiting && depth === target && ch !== "]") {
      lines.push(line);
      awaiting = false;
    }
    if (ch === '"') {
      inString = true;
      stringStart = i;
    } else if (ch === "{" || ch === "[") {
      if (ch === "[" && depth === 1 && target === -1 && lastString === key) {
        target = depth + 1;
        awaiting = true;
      }
      depth++;
    } else if (ch === "}" || ch === "]") {
      depth--;
      if (target !== -1 && depth === target - 1) break;
    } else if (ch === "," && depth === target) awaiting = true;
  }
  return lines;
}

/** A JSON.parse error as a line and a message without V8's "at position n". */
export function jsonSyntaxIssue(text: string, error: unknown): { line: number | null; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const line = at ? text.slice(0, Number(at[1])).split("\n").length : null;
  return { line, message: `Not valid JSON: ${message.replace(/\s*in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "")}.` };
}
