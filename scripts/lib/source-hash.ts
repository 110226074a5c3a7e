import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib", "types", "public"];
const FILES = ["proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

function walk(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (SKIP.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (!/\.test\.tsx?$/.test(name)) out.push(full);
  }
}

/** A fingerprint of everything the production build depends on, to rebuild only when it changed. */
export function sourceHash(root: string): string {
  const files: string[] = [];
  for (const r of ROOTS) walk(path.join(root, r), files);
  for (const f of FILES) files.push(path.join(root, f));
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(path.relative(root, file));
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update("-");
    }
  }
  return hash.digest("hex");
}
