// The backup file: gzip-compressed lines. A header names the format and the schema's migrations;
// each table follows as its column list, its rows in PostgreSQL's COPY text format (one row per
// line: newlines inside values are escaped), and a footer with the row count and the SHA-256 of
// those lines; a last line says the backup is complete. gzip's own checksum catches a damaged
// file, the footers a mismatch, and the last line a file cut short.
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

export const MAGIC = "QUIZFORMER-BACKUP 1";
export const END_OF_ROWS = "\\.";

export type BackupMeta = { createdAt: string; migrations: string[]; tables: string[] };
export type TableHead = { name: string; columns: string[] };
export type TableFoot = { name: string; rows: number; sha256: string };

export const metaLine = (meta: BackupMeta) => `META ${JSON.stringify(meta)}`;
export const tableLine = (head: TableHead) => `TABLE ${JSON.stringify(head)}`;
export const endLine = (foot: TableFoot) => `END ${JSON.stringify(foot)}`;
export const completeLine = (tables: number) => `COMPLETE ${JSON.stringify({ tables })}`;

export class BackupFileError extends Error {}

/** Counts and hashes a table's row lines as they pass. */
export class RowDigest {
  private readonly hash: Hash = createHash("sha256");
  rows = 0;
  add(line: string): void {
    this.hash.update(line).update("\n");
    this.rows++;
  }
  /** The same as add(), for a row's bytes with their newline: COPY's output arrives in chunks that may end inside a character. */
  addBytes(lineWithNewline: Buffer): void {
    this.hash.update(lineWithNewline);
    this.rows++;
  }
  hex(): string {
    return this.hash.digest("hex");
  }
}

function parseTagged<T>(line: string | undefined, tag: string, where: string): T {
  if (line === undefined) throw new BackupFileError(`The backup is cut short: it ends ${where}. Nothing was restored.`);
  if (!line.startsWith(`${tag} `)) throw new BackupFileError(`The backup is damaged: expected ${tag} ${where}, found "${line.slice(0, 40)}". Nothing was restored.`);
  try {
    return JSON.parse(line.slice(tag.length + 1)) as T;
  } catch {
    throw new BackupFileError(`The backup is damaged: its ${tag} line ${where} can't be read. Nothing was restored.`);
  }
}

/**
 * Reads a backup file in order, checking as it goes; `onTable` gets each table and its rows as
 * they are read (a verification pass gives none). Throws BackupFileError for a file that isn't a
 * backup, is damaged or is cut short.
 */
export async function readBackup(file: string, onTable?: (head: TableHead, rows: AsyncIterable<string>) => Promise<void>): Promise<BackupMeta> {
  const gunzip = createGunzip();
  const lines = createInterface({ input: createReadStream(file).pipe(gunzip), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    try {
      const r = await iterator.next();
      return r.done ? undefined : r.value;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "Z_BUF_ERROR" || code === "ERR_STREAM_PREMATURE_CLOSE") throw new BackupFileError("The backup is cut short (its compressed data ends early). Nothing was restored.");
      if (code === "Z_DATA_ERROR") throw new BackupFileError(`The backup is damaged (${(error as Error).message}). Nothing was restored.`);
      if (code === "ENOENT") throw new BackupFileError(`There is no file ${file}.`);
      throw error;
    }
  };
  // A stream error surfaces through the iterator; don't let it also go unhandled.
  gunzip.on("error", () => undefined);
  try {
    const magic = await next();
    if (magic !== MAGIC) throw new BackupFileError(`${file} isn't a Quizformer backup (it doesn't start with "${MAGIC}").`);
    const meta = parseTagged<BackupMeta>(await next(), "META", "after the first line");
    for (const [index, name] of meta.tables.entries()) {
      const head = parseTagged<TableHead>(await next(), "TABLE", `where table ${name} should start`);
      if (head.name !== name) throw new BackupFileError(`The backup is damaged: table ${index + 1} should be ${name}, not ${head.name}. Nothing was restored.`);
      const digest = new RowDigest();
      let ended = false;
      async function* rows(): AsyncGenerator<string> {
        for (;;) {
          const line = await next();
          if (line === undefined) throw new BackupFileError(`The backup is cut short: it ends inside table ${name} (after ${digest.rows} rows). Nothing was restored.`);
          if (line === END_OF_ROWS) {
            ended = true;
            return;
          }
          digest.add(line);
          yield line;
        }
      }
      if (onTable) await onTable(head, rows());
      if (!ended) for await (const _row of rows()) void _row;
      const foot = parseTagged<TableFoot>(await next(), "END", `after table ${name}`);
      if (foot.name !== name || foot.rows !== digest.rows || foot.sha256 !== digest.hex()) {
        throw new BackupFileError(`The backup is damaged: table ${name} doesn't match its checksum (${digest.rows} rows read, ${foot.rows} written). Nothing was restored.`);
      }
    }
    const complete = parseTagged<{ tables: number }>(await next(), "COMPLETE", "after the last table");
    if (complete.tables !== meta.tables.length) throw new BackupFileError("The backup is damaged: its last line doesn't match its tables. Nothing was restored.");
    return meta;
  } finally {
    lines.close();
  }
}
