// Writes one consistent backup of a Quizformer database: every table read in a single
// REPEATABLE READ snapshot (so rows written meanwhile are either all in it or all not), streamed
// with COPY through gzip to a temporary file that is renamed into place only when complete.
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { completeLine, endLine, MAGIC, metaLine, RowDigest, tableLine, END_OF_ROWS } from "./backup-format";

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Splits COPY's output into lines, feeding each to the digest, and passes the bytes on. */
function digesting(digest: RowDigest): Transform {
  let rest = "";
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = rest + chunk.toString("utf8");
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) digest.add(line);
      done(null, chunk);
    },
    flush(done) {
      if (rest !== "") digest.add(rest);
      done();
    },
  });
}

export type BackupResult = { file: string; tables: number; rows: number; bytes: number; migrations: string[] };

export async function backupDatabase(databaseUrl: string, file: string, now: Date = new Date()): Promise<BackupResult> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "quizformer-backup" });
  await client.connect();
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(partial, { mode: 0o600 });
  const written = pipeline(gzip, out);
  const write = (text: string) => new Promise<void>((resolve, reject) => gzip.write(text, (error) => (error ? reject(error) : resolve())));
  let rows = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const schema = await client.query<{ found: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS found`);
    if (!schema.rows[0]?.found) throw new Error("This database has no Quizformer schema yet: there is nothing to back up (start Quizformer once to create it).");
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    const tables = (
      await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`)
    ).rows.map((r) => r.tablename);
    await write(`${MAGIC}\n${metaLine({ createdAt: now.toISOString(), migrations, tables })}\n`);
    for (const name of tables) {
      const columns = (
        await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [name],
        )
      ).rows.map((r) => r.column_name);
      await write(`${tableLine({ name, columns })}\n`);
      const digest = new RowDigest();
      const copy = client.query(copyTo(`COPY ${quote(name)} (${columns.map(quote).join(", ")}) TO STDOUT`));
      // Into gzip without ending it: the next table follows.
      await pipeline(copy, digesting(digest), new Writable({ write: (chunk, _e, done) => gzip.write(chunk, done) }));
      rows += digest.rows;
      await write(`${END_OF_ROWS}\n${endLine({ name, rows: digest.rows, sha256: digest.hex() })}\n`);
    }
    await client.query("COMMIT");
    await write(`${completeLine(tables.length)}\n`);
    gzip.end();
    await written;
    await rename(partial, file);
    return { file, tables: tables.length, rows, bytes: out.bytesWritten, migrations };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
