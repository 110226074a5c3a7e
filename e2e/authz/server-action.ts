import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/*
 * Calls server actions over HTTP the way React's client does: a POST to the page that hosts the
 * action, with header `Next-Action: <id>` and the arguments encoded as React's `encodeReply`
 * encodes them. The answer is a React Flight stream; `decodeFlight` reads it far enough to get the
 * action's return value.
 */

// ───────────────────────────── action ids ─────────────────────────────

type ServerReferenceManifest = {
  node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }>;
};

/**
 * "app/(app)/teams/actions.ts#createTeamAction" → action id, from the production build's
 * `.next/server/server-reference-manifest.json`: Next 16 records, per action id, the source file
 * (`filename`) and the export (`exportedName`).
 */
export function readActionIds(distDir = path.join(process.cwd(), ".next")): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as ServerReferenceManifest;
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    ids.set(`${entry.filename.split(path.sep).join("/")}#${entry.exportedName}`, id);
  }
  return ids;
}

// ───────────────────────────── arguments ─────────────────────────────

/** A FormData argument (what a `<form action>` passes), as plain fields. */
export class FormArg {
  constructor(readonly fields: Record<string, string | string[]>) {}
}
export const form = (fields: Record<string, string | string[]>): FormArg => new FormArg(fields);
export type ActionArg = FormArg | string | number | boolean | null | undefined | ActionArg[] | { [key: string]: ActionArg };

/** React's reply encoding: JSON, with `$`-strings escaped, `undefined` as "$undefined" and FormData outlined as "$K<n>". */
function encodeReply(args: ActionArg[]): { body: string | FormData; multipart: boolean } {
  const parts = new FormData();
  let nextPart = 1;
  const encode = (value: ActionArg): unknown => {
    if (value === undefined) return "$undefined";
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (value instanceof FormArg) {
      const id = nextPart++;
      for (const [name, v] of Object.entries(value.fields)) for (const item of [v].flat()) parts.append(`_${id}_${name}`, item);
      return `$K${id.toString(16)}`;
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    return value;
  };
  const json = JSON.stringify(encode(args));
  if (nextPart === 1) return { body: json, multipart: false };
  parts.set("0", json);
  return { body: parts, multipart: true };
}

// ───────────────────────────── responses ─────────────────────────────

/** Reads the rows of a Flight stream: `<hex id>:<json>\n`, tagged rows, and length-prefixed binary rows. */
function flightRows(bytes: Buffer): Map<number, { tag: string; text: string }> {
  const rows = new Map<number, { tag: string; text: string }>();
  const LENGTH_TAGS = new Set("TAOobUSsLlGgMmV");
  let i = 0;
  while (i < bytes.length) {
    const colon = bytes.indexOf(0x3a, i);
    if (colon < 0) break;
    const id = parseInt(bytes.subarray(i, colon).toString("latin1"), 16);
    let tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    let start = colon + 2;
    let end: number;
    if (LENGTH_TAGS.has(tag)) {
      const comma = bytes.indexOf(0x2c, start);
      const length = parseInt(bytes.subarray(start, comma).toString("latin1"), 16);
      start = comma + 1;
      end = start + length;
      rows.set(id, { tag, text: bytes.subarray(start, end).toString("utf8") });
      i = end;
      continue;
    }
    if (!/[A-Z#rx]/.test(tag)) {
      tag = "";
      start = colon + 1;
    }
    end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    rows.set(id, { tag, text: bytes.subarray(start, end).toString("utf8") });
    i = end + 1;
  }
  return rows;
}

/** Resolves a model value's `$` references against the rows (enough for the plain data actions return). */
function resolve(value: unknown, rows: Map<number, { tag: string; text: string }>, depth = 0): unknown {
  if (depth > 50) throw new Error("Flight reference chain too deep");
  if (Array.isArray(value)) return value.map((v) => resolve(v, rows, depth + 1));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, rows, depth + 1)]));
  if (typeof value !== "string" || !value.startsWith("$")) return value;
  if (value.startsWith("$$")) return value.slice(1);
  if (value === "$undefined" || value === "$u") return undefined;
  if (value.startsWith("$D")) return value.slice(2);
  if (value.startsWith("$n")) return value.slice(2);
  const ref = /^\$[@L]?([0-9a-f]+)((?::[^:]+)*)$/.exec(value);
  if (!ref) return value;
  const [, id = "", path = ""] = ref;
  const row = rows.get(parseInt(id, 16));
  if (!row) return undefined;
  if (row.tag === "T") return row.text;
  if (row.tag === "E") throw new Error(`The action threw: ${row.text}`);
  let model = resolve(JSON.parse(row.text) as unknown, rows, depth + 1);
  for (const key of path.split(":").slice(1)) model = (model as Record<string, unknown> | undefined)?.[key];
  return model;
}

/** An action's answer, as the matrix judges it. */
export type ActionResponse =
  | { kind: "result"; value: unknown }
  | { kind: "redirect"; location: string }
  | { kind: "http"; status: number; location?: string; body: string };

export async function callAction(
  request: APIRequestContext,
  pageUrl: string,
  actionId: string,
  args: ActionArg[],
  origin: string,
): Promise<ActionResponse> {
  const { body, multipart } = encodeReply(args);
  const response = await request.post(pageUrl, {
    headers: {
      "next-action": actionId,
      accept: "text/x-component",
      origin,
      ...(multipart ? {} : { "content-type": "text/plain;charset=UTF-8" }),
    },
    ...(multipart ? { multipart: body as FormData } : { data: body as string }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const redirect = response.headers()["x-action-redirect"];
  if (redirect) return { kind: "redirect", location: redirect.split(";")[0] ?? "" };
  const status = response.status();
  const contentType = response.headers()["content-type"] ?? "";
  const http = async (): Promise<ActionResponse> => ({ kind: "http", status, location: response.headers().location, body: (await response.text()).slice(0, 300) });
  // forbidden() or notFound() inside an action still answer in Flight, with a 403/404 status.
  if (status !== 200 || !contentType.includes("text/x-component")) return http();
  const rows = flightRows(await response.body());
  const root = rows.get(0);
  if (!root) throw new Error("The action's answer has no root row");
  const { a } = JSON.parse(root.text) as { a?: unknown };
  return { kind: "result", value: resolve(a, rows) };
}
