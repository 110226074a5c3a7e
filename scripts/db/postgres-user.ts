import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const USER = "postgres";

/** The account PostgreSQL runs as when this process is root. */
export interface RunAs {
  uid: number;
  gid: number;
}

async function lookupUser(): Promise<RunAs | null> {
  try {
    const [uid, gid] = await Promise.all([execFileAsync("id", ["-u", USER]), execFileAsync("id", ["-g", USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root (CI and containers usually are root), so as
 * root it runs as a `postgres` system user, created on first use. Returns
 * undefined when not root: the server then runs as the current user.
 */
export async function resolveRunAs(log: (message: string) => void): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const existing = await lookupUser();
  if (existing) return existing;
  log(`Creating the "${USER}" system user, because PostgreSQL refuses to run as root.`);
  try {
    await execFileAsync("groupadd", ["--force", "--system", USER]);
    await execFileAsync("useradd", ["--system", "--gid", USER, "--no-create-home", USER]);
  } catch (error) {
    throw new Error(
      `Running as root, the embedded PostgreSQL server needs a "${USER}" user, and creating it with groupadd/useradd failed. ` +
        "Create that user yourself, run as a non-root user, or set DATABASE_URL to use an existing server.",
      { cause: error },
    );
  }
  const created = await lookupUser();
  if (!created) throw new Error(`The "${USER}" user was created but \`id ${USER}\` still cannot find it.`);
  return created;
}
