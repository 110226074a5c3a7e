import { randomUUID } from "node:crypto";
import pg from "pg";

/** Databases named with this prefix belong to test runs; each run drops the earlier runs' ones. */
export const TEST_DATABASE_PREFIX = "qf_test_";

async function onServer(serverUrl: string, sql: (client: pg.Client) => string): Promise<void> {
  const client = new pg.Client(serverUrl);
  await client.connect();
  try {
    await client.query(sql(client));
  } finally {
    await client.end();
  }
}

/** An empty database next to the one in `serverUrl`, for tests that need to start from nothing. */
export async function createEmptyDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${TEST_DATABASE_PREFIX}empty_${randomUUID().replaceAll("-", "")}`;
  await onServer(serverUrl, (client) => `CREATE DATABASE ${client.escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, (client) => `DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  };
}

/** The rows of one statement, on a connection of its own. */
export async function queryRows<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
