// Writes one consistent backup of a Quizformer database: every table read in a single
// REPEATABLE READ snapshot (so rows written meanwhile are either all in it or all not), streamed
// with COPY through gzip to a temporary file that is renamed into place only when complete.
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { completeLine, endLine, MAGIC, metaLine, readBackup, RowDigest, tableLine, END_OF_ROWS } from "./backup-format";

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Splits COPY's output into rows as bytes (a chunk may end inside a multi-byte character, so it is
 * never decoded here; a newline byte never occurs inside one), feeds each to the digest, and passes
 * the bytes on unchanged.
 */
function digesting(digest: RowDigest): Transform {
  let rest = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      for (let end = data.indexOf(0x0a); end !== -1; end = data.indexOf(0x0a)) {
        digest.addBytes(data.subarray(0, end + 1));
        data = data.subarray(end + 1);
      }
      rest = Buffer.from(data);
      done(null, chunk);
    },
    flush(done) {
      // COPY ends every row with a newline: anything left is a cut row, which the checksum will refuse.
      if (rest.length > 0) digest.addBytes(Buffer.concat([rest, Buffer.from("\n")]));
      done();
    },
  });
}

/** fsync: a file's data, or a directory's entries (the rename). */
async function syncFile(target: string): Promise<void> {
  const handle = await open(target, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export type BackupResult = { file: string; tables: number; rows: number; bytes: number; migrations: string[] };

export async function backupDatabase(databaseUrl: string, file: string, now: Date = new Date()): Promise<BackupResult> {
  await mkdir(path.dirname(file), { recursive: true });
  // Per process: a scheduled and a manual backup in the same second don't share a file.
  const partial = `${file}.${process.pid}.partial`;
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
    // On disk, and read back whole, before it counts (and before scheduled backups prune older ones).
    await syncFile(partial);
    await readBackup(partial);
    await rename(partial, file);
    await syncFile(path.dirname(file));
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
