import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/*
 * Every way into the app, read from the file tree at test time: pages, route handlers (per HTTP
 * method) and server actions (per exported function). The matrix demands a case for each, so a
 * new entry point without one fails the test.
 */

const APP_DIR = path.join(process.cwd(), "app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** A file under app/, relative to the project root with forward slashes ("app/(app)/teams/page.tsx"). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** "app/(app)/teams/[teamId]/page.tsx" → "/teams/[teamId]": route groups and the file name drop out. */
export function routePattern(file: string): string {
  const segments = path.posix.dirname(file).split("/").slice(1);
  const kept = segments.filter((s) => !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"));
  return `/${kept.join("/")}`;
}

export type PageEntry = { pattern: string; file: string };
export type RouteEntry = { key: string; pattern: string; method: string; file: string };
export type ActionEntry = { key: string; pattern: string; name: string; file: string };

export function listPages(): PageEntry[] {
  return filesUnder(APP_DIR)
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map((file) => ({ pattern: routePattern(file), file }));
}

/** `export async function GET`, `export function POST`, `export const GET =`, `export { handler as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const [, name = ""] of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(name);
  for (const [, list = ""] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list.split(",")) found.add(part.trim().split(/\s+as\s+/).pop() ?? "");
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

export function listRoutes(): RouteEntry[] {
  return filesUnder(APP_DIR)
    .filter((f) => /\/route\.(ts|js)$/.test(f))
    .flatMap((file) => {
      const pattern = routePattern(file);
      return exportedMethods(readFileSync(file, "utf8")).map((method) => ({ key: `${method} ${pattern}`, pattern, method, file }));
    });
}

/** Server actions: what every "use server" actions.ts exports (`export const x = defineAction(…)`, or a plain async function). */
export function listActions(): ActionEntry[] {
  return filesUnder(APP_DIR)
    .filter((f) => /\/actions\.(ts|tsx)$/.test(f))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const pattern = routePattern(file);
      return [...source.matchAll(/export\s+(?:async\s+function\s+|const\s+)([A-Za-z0-9_$]+)/g)].map(([, name = ""]) => ({ key: `${pattern}#${name}`, pattern, name, file }));
    });
}
