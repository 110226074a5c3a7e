import { randomBytes } from "node:crypto";
import { chmod, link, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where the superuser password of the cluster in `dataDir` is kept: beside the data
 * directory (`.data/postgres` → `.data/postgres-password`), owned by the user running
 * the scripts. Not inside it: as root, the data directory belongs to the `postgres`
 * system user, and the password must stay readable by the app's user only.
 */
export function passwordFileFor(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}-password`);
}

// 32 random bytes; base64url needs no escaping in URLs, SQL literals or files.
function generatePassword(): string {
  return randomBytes(32).toString("base64url");
}

async function readPassword(file: string, log: (message: string) => void): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new Error(`Cannot read the PostgreSQL password file ${file}: ${(error as Error).message}`, { cause: error });
  }
  const password = text.trim();
  // One line: the password is also handed to PostgreSQL's line-based single-user mode.
  if (password === "" || /[\r\n]/.test(password)) {
    throw new Error(`The PostgreSQL password file ${file} must hold the password on one line. Delete it: the next start sets a new password.`);
  }
  const { mode } = await stat(file);
  if ((mode & 0o077) !== 0) {
    await chmod(file, 0o600);
    log(`Made ${file} readable by its owner only (it was mode ${(mode & 0o777).toString(8)}).`);
  }
  return password;
}

/**
 * The superuser password, generated and stored with mode 0600 on first use.
 * `created` tells that the cluster does not have it yet. The file is linked into
 * place fully written, so a concurrent start or an interruption never leaves half
 * a password; a command that loses the race uses the winner's.
 */
export async function readOrCreatePassword(
  dataDir: string,
  log: (message: string) => void,
): Promise<{ password: string; created: boolean }> {
  const file = passwordFileFor(dataDir);
  const existing = await readPassword(file, log);
  if (existing !== null) return { password: existing, created: false };

  const password = generatePassword();
  const draft = `${file}.${process.pid}.tmp`;
  await writeFile(draft, `${password}\n`, { mode: 0o600 });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const winner = await readPassword(file, log);
    if (winner !== null) return { password: winner, created: false };
  } finally {
    await unlink(draft);
  }
  log(`Generated the PostgreSQL superuser password into ${file}`);
  return { password, created: true };
}
