import { spawn } from "node:child_process";
import { chown, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { SUPERUSER } from "./initdb";
import { requirePasswords, trustRules } from "./pg-hba";
import type { RunAs } from "./postgres-user";

/**
 * Sets the superuser's password in single-user mode: the server reads the statement
 * from stdin and listens on no port or socket, so a cluster that still trusts every
 * local connection is never reachable while it is being switched over.
 */
function setSuperuserPassword(options: { binary: string; dataDir: string; runAs: RunAs | undefined; password: string }): Promise<void> {
  const statement = `ALTER ROLE ${pg.escapeIdentifier(SUPERUSER)} PASSWORD ${pg.escapeLiteral(options.password)};\n`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      options.binary,
      ["--single", "-D", options.dataDir, "-c", "password_encryption=scram-sha-256", "-c", "log_statement=none", "postgres"],
      { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" }, ...(options.runAs ?? {}) },
    );
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", (error) => reject(new Error(`Could not run ${options.binary}: ${error.message}`, { cause: error })));
    child.once("close", (code, signal) => {
      // Single-user mode reports a failed statement on its output and still exits 0.
      const failed = code !== 0 || /^(ERROR|FATAL|PANIC):/m.test(output);
      if (!failed) return resolve();
      const shown = output.replaceAll(options.password, "<password>").trim();
      reject(new Error(`Setting the PostgreSQL superuser password failed (${signal ?? `exit code ${code}`}) for ${options.dataDir}:\n${shown}`));
    });
    child.stdin?.end(statement);
  });
}

/** Replaces pg_hba.conf whole (write, then rename), owned by the server's user as PostgreSQL requires. */
async function replaceHba(file: string, text: string, runAs: RunAs | undefined): Promise<void> {
  const draft = `${file}.quizformer-new`;
  await writeFile(draft, text, { mode: 0o600 });
  if (runAs) await chown(draft, runAs.uid, runAs.gid);
  await rename(draft, file);
}

/**
 * Brings an existing cluster to password authentication before it starts: clusters
 * created before it was required trust every local connection, and a cluster whose
 * password file was lost needs a new password. The password file is written first,
 * then the role's password set, then pg_hba.conf switched, so an interrupted run
 * is completed by the next start.
 */
export async function requirePasswordAuthentication(options: {
  binary: string;
  dataDir: string;
  runAs: RunAs | undefined;
  password: string;
  /** The password was just generated: the cluster does not have it yet. */
  passwordIsNew: boolean;
  log: (message: string) => void;
}): Promise<void> {
  const hbaFile = path.join(options.dataDir, "pg_hba.conf");
  const hba = await readFile(hbaFile, "utf8");
  const trusting = trustRules(hba).length > 0;
  if (!trusting && !options.passwordIsNew) return;

  options.log(
    trusting
      ? `Switching the PostgreSQL cluster in ${options.dataDir} to password authentication.`
      : `Setting a new PostgreSQL superuser password for ${options.dataDir} (its password file was missing).`,
  );
  await setSuperuserPassword(options);
  if (trusting) await replaceHba(hbaFile, requirePasswords(hba), options.runAs);
}
