import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDataDirectory } from "./data-directory";
import { findFreePort } from "./free-port";
import { passwordFileFor, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { loadPostgresBinaries } from "./postgres-binaries";
import { spawnPostgres } from "./postgres-process";
import { resolveRunAs } from "./postgres-user";
import { queryRows } from "../../test/integration/test-databases";

const execFileAsync = promisify(execFile);
const TIMEOUT = 180_000;
const temporaryDirs: string[] = [];
const running: EmbeddedPostgres[] = [];

afterAll(async () => {
  await Promise.allSettled(running.map((server) => server.stop()));
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function newDataDir(): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), "qf-pg-auth-"));
  temporaryDirs.push(parent);
  return path.join(parent, "postgres");
}

async function start(dataDir: string): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dataDir });
  running.push(server);
  return server;
}

/** "accepted", or the SQLSTATE (or message) the connection attempt was refused with. */
async function tryConnect(config: pg.ClientConfig): Promise<string> {
  const client = new pg.Client(config);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "accepted";
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function asSuperuser(port: number, password?: string): pg.ClientConfig {
  return { host: "127.0.0.1", port, user: "postgres", database: "postgres", password };
}

/** The rules of pg_hba.conf (comments and blank lines dropped) that let anyone in without a password. */
async function trustRules(dataDir: string): Promise<string[]> {
  const text = await readFile(path.join(dataDir, "pg_hba.conf"), "utf8");
  return text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => /\btrust\b/.test(line));
}

/**
 * A cluster as the launcher created them before password authentication: initdb with
 * `--auth=trust`, then a table written through a passwordless connection.
 */
async function oldStyleCluster(dataDir: string): Promise<void> {
  const binaries = await loadPostgresBinaries();
  const runAs = await resolveRunAs(() => undefined);
  await prepareDataDirectory(dataDir, runAs, () => undefined);
  await execFileAsync(
    binaries.initdb,
    [`--pgdata=${dataDir}`, "--username=postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-instructions"],
    { env: { ...process.env, LC_MESSAGES: "C" }, ...(runAs ?? {}) },
  );
  const probe = await findFreePort("127.0.0.1");
  const server = await spawnPostgres({ binary: binaries.postgres, dataDir, host: "127.0.0.1", port: probe, runAs });
  try {
    const client = new pg.Client(asSuperuser(probe));
    await client.connect();
    await client.query("CREATE TABLE kept (note text)");
    await client.query("INSERT INTO kept VALUES ('written before the upgrade')");
    await client.end();
  } finally {
    await server.stop();
  }
}

describe("a new embedded cluster", () => {
  let dataDir: string;
  let server: EmbeddedPostgres;

  it(
    "refuses connections without the password or with a wrong one",
    async () => {
      dataDir = await newDataDir();
      server = await start(dataDir);
      // Without a password the server asks for SCRAM, which the client cannot answer.
      expect(await tryConnect(asSuperuser(server.port))).not.toBe("accepted");
      expect(await tryConnect(asSuperuser(server.port, "not-the-password"))).toBe("28P01");
    },
    TIMEOUT,
  );

  it("accepts the URLs it hands out, which carry the password", async () => {
    const rows = await queryRows<{ user: string }>(server.urlFor("postgres"), "SELECT current_user AS user");
    expect(rows).toEqual([{ user: "postgres" }]);
    expect(new URL(server.urlFor("postgres")).password).not.toBe("");
  });

  it("keeps the password in a file only its owner can read", async () => {
    const info = await stat(passwordFileFor(dataDir));
    expect(info.mode & 0o777).toBe(0o600);
    expect(info.uid).toBe(process.getuid?.());
    const password = (await readFile(passwordFileFor(dataDir), "utf8")).trim();
    expect(decodeURIComponent(new URL(server.urlFor("postgres")).password)).toBe(password);
  });

  it("has no trust rule in pg_hba.conf", async () => {
    expect(await trustRules(dataDir)).toEqual([]);
  });

  it(
    "keeps its password across restarts",
    async () => {
      const before = server.urlFor("postgres");
      await server.stop();
      server = await start(dataDir);
      expect(new URL(server.urlFor("postgres")).password).toBe(new URL(before).password);
      expect(await queryRows(server.urlFor("postgres"), "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await server.stop();
    },
    TIMEOUT,
  );

  it(
    "does not start with a password file that holds another password, and says which file",
    async () => {
      const file = passwordFileFor(dataDir);
      const right = await readFile(file, "utf8");
      await writeFile(file, "a-password-from-another-cluster\n");
      await expect(start(dataDir)).rejects.toThrow(`The password in ${file} is not the one of the PostgreSQL cluster`);
      await writeFile(file, right);
    },
    TIMEOUT,
  );

  it(
    "gets a new password when the password file was lost",
    async () => {
      const lost = (await readFile(passwordFileFor(dataDir), "utf8")).trim();
      await unlink(passwordFileFor(dataDir));
      server = await start(dataDir);
      const password = (await readFile(passwordFileFor(dataDir), "utf8")).trim();
      expect(password).not.toBe(lost);
      expect(await tryConnect(asSuperuser(server.port, lost))).toBe("28P01");
      expect(await tryConnect(asSuperuser(server.port, password))).toBe("accepted");
      await server.stop();
    },
    TIMEOUT,
  );
});

describe("a cluster created with trust authentication", () => {
  it(
    "switches to password authentication on its next start and keeps its data",
    async () => {
      const dataDir = await newDataDir();
      await oldStyleCluster(dataDir);
      expect((await trustRules(dataDir)).length).toBeGreaterThan(0);

      const server = await start(dataDir);
      expect(await tryConnect(asSuperuser(server.port))).not.toBe("accepted");
      expect(await tryConnect(asSuperuser(server.port, "not-the-password"))).toBe("28P01");
      expect(await trustRules(dataDir)).toEqual([]);
      expect((await stat(passwordFileFor(dataDir))).mode & 0o777).toBe(0o600);
      expect(await queryRows(server.urlFor("postgres"), "SELECT note FROM kept")).toEqual([{ note: "written before the upgrade" }]);
      await server.stop();
    },
    TIMEOUT,
  );

  it(
    "finishes an upgrade that was interrupted after the password file was written",
    async () => {
      const dataDir = await newDataDir();
      await oldStyleCluster(dataDir);
      await writeFile(passwordFileFor(dataDir), "left-by-an-interrupted-start\n", { mode: 0o600 });

      const server = await start(dataDir);
      expect(decodeURIComponent(new URL(server.urlFor("postgres")).password)).toBe("left-by-an-interrupted-start");
      expect(await tryConnect(asSuperuser(server.port))).not.toBe("accepted");
      expect(await tryConnect(asSuperuser(server.port, "left-by-an-interrupted-start"))).toBe("accepted");
      expect(await trustRules(dataDir)).toEqual([]);
      await server.stop();
    },
    TIMEOUT,
  );
});
