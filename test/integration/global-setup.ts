import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { migrateDatabase } from "@/scripts/db/migrate";
import { REPO_ROOT } from "@/scripts/db/paths";
import { TEST_DATABASE_PREFIX } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database of this run, also in process.env.DATABASE_URL. */
    databaseUrl: string;
  }
}

/**
 * Starts the test cluster (its own data directory, so it never touches the
 * development database), creates a new database for this run and migrates it.
 * The last run's database is kept until the next run, for inspection.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(REPO_ROOT, ".data", "test-postgres") });
  try {
    for (const name of await server.listDatabases()) {
      if (name.startsWith(TEST_DATABASE_PREFIX)) await server.dropDatabase(name);
    }
    const dbName = `${TEST_DATABASE_PREFIX}${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${process.pid}`;
    await server.createDatabaseIfMissing(dbName);
    const url = server.urlFor(dbName);
    await migrateDatabase(url);
    // Test workers are started after this and inherit the environment.
    process.env.DATABASE_URL = url;
    project.provide("databaseUrl", url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return () => server.stop();
}
