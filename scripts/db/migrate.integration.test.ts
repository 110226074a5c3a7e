import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createEmptyDatabase, queryRows } from "../../test/integration/test-databases";
import { migrateDatabase } from "./migrate";
import { MIGRATIONS_DIR } from "./paths";

async function migrationDirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** A copy of prisma/migrations that a test may add to or edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "qf-migrations-")), "migrations");
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function addMigration(migrationsDir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(migrationsDir, name));
  await writeFile(path.join(migrationsDir, name, "migration.sql"), sql);
}

const temporaryDirs: string[] = [];
const databases: { drop(): Promise<void> }[] = [];

async function emptyDatabase(): Promise<string> {
  const database = await createEmptyDatabase(inject("databaseUrl"));
  databases.push(database);
  return database.url;
}

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  await Promise.all(temporaryDirs.map((dir) => rm(path.dirname(dir), { recursive: true, force: true })));
});

describe("migrateDatabase on an empty database", () => {
  let url: string;
  let firstRun: string[];

  beforeAll(async () => {
    url = await emptyDatabase();
    firstRun = (await migrateDatabase(url)).appliedMigrationNames;
  });

  it("applies every migration in prisma/migrations", async () => {
    expect(firstRun).toEqual(await migrationDirectories(MIGRATIONS_DIR));
    const tables = await queryRows<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "User", "Team", "Membership", "Invite"]),
    );
  });

  it("does nothing when run again", async () => {
    expect((await migrateDatabase(url)).appliedMigrationNames).toEqual([]);
  });

  it("records each migration in _prisma_migrations as prisma migrate deploy does", async () => {
    const rows = await queryRows<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    const names = await migrationDirectories(MIGRATIONS_DIR);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }
  });
});

describe("migrateDatabase refuses", () => {
  it("a database where an applied migration has since been edited", async () => {
    const url = await emptyDatabase();
    const migrationsDir = await copyOfMigrations();
    temporaryDirs.push(migrationsDir);
    await migrateDatabase(url, { migrationsDir });
    const [first] = await migrationDirectories(migrationsDir);
    const file = path.join(migrationsDir, String(first), "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited afterwards\n`);

    await expect(migrateDatabase(url, { migrationsDir })).rejects.toThrow(/changed after they were applied[\s\S]*_init/);
  });

  it("a database where a migration failed, and leaves nothing of the failed migration behind", async () => {
    const url = await emptyDatabase();
    const migrationsDir = await copyOfMigrations();
    temporaryDirs.push(migrationsDir);
    await addMigration(
      migrationsDir,
      "99990101000000_broken",
      'CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";\n',
    );

    await expect(migrateDatabase(url, { migrationsDir })).rejects.toThrow(/Migration 99990101000000_broken failed[\s\S]*NoSuchTable/);
    // Like the native engine, the script ran as one transaction.
    const halfDone = await queryRows(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'");
    expect(halfDone).toHaveLength(0);

    await expect(migrateDatabase(url, { migrationsDir })).rejects.toThrow(/failed in this database earlier[\s\S]*99990101000000_broken/);
  });
});

describe("migrateDatabase runs migration scripts whole", () => {
  it("keeps semicolons inside strings and comments", async () => {
    const url = await emptyDatabase();
    const migrationsDir = await copyOfMigrations();
    temporaryDirs.push(migrationsDir);
    await addMigration(
      migrationsDir,
      "99990101000000_semicolons",
      `-- a comment; with a semicolon\nCOMMENT ON TABLE "User" IS 'people; and their accounts';\n`,
    );

    await migrateDatabase(url, { migrationsDir });
    const [row] = await queryRows<{ comment: string }>(url, `SELECT obj_description('"User"'::regclass) AS comment`);
    expect(row?.comment).toBe("people; and their accounts");
  });
});
