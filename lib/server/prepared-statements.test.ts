import { describe, expect, it } from "vitest";
import { preparedStatementNames, preparedStatementsEnabled } from "./prepared-statements";

describe("preparedStatementNames", () => {
  it("gives one text one name, and different texts different names", () => {
    const name = preparedStatementNames();
    const a = name({ sql: "SELECT $1" });
    expect(a).toMatch(/^q_[\w-]+$/);
    expect(a.length).toBeLessThanOrEqual(63); // PostgreSQL's identifier limit
    expect(name({ sql: "SELECT $1" })).toBe(a);
    expect(name({ sql: "SELECT $1 " })).not.toBe(a);
    // Another process (a second instance) names the same text the same way.
    expect(preparedStatementNames()({ sql: "SELECT $1" })).toBe(a);
  });

  it("names only the first texts up to its limit and leaves the rest unnamed", () => {
    const name = preparedStatementNames(2);
    const first = name({ sql: "SELECT 1" });
    expect(name({ sql: "SELECT 2" })).not.toBe("");
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(first);
  });
});

describe("preparedStatementsEnabled", () => {
  it("is on unless DATABASE_PREPARED_STATEMENTS is off", () => {
    expect(preparedStatementsEnabled({})).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_PREPARED_STATEMENTS: "on" })).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_PREPARED_STATEMENTS: " OFF " })).toBe(false);
  });
});
