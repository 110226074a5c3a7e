import "server-only";
import { createHash } from "node:crypto";

/*
 * Each connection keeps the statements it has run as prepared statements, so a statement run again
 * skips PostgreSQL's parse and plan (about 0.7 ms for the review queue's). A statement's name is
 * the hash of its text, so one text always has one name. Only the first `limit` distinct texts of
 * the process get a name: statements whose text varies (an IN list of any length) can't fill every
 * connection with plans; the rest run unnamed, as they did before.
 *
 * Off with DATABASE_PREPARED_STATEMENTS=off, for a pooler in transaction mode that can't carry
 * named statements between clients (PgBouncer before 1.21, or without max_prepared_statements).
 */
export function preparedStatementNames(limit = 256): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    // An empty name is an unnamed statement.
    if (names.size >= limit) return "";
    const name = `q_${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, name);
    return name;
  };
}

export function preparedStatementsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.DATABASE_PREPARED_STATEMENTS?.trim().toLowerCase() !== "off";
}
