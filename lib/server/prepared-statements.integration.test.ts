import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";

// pg_prepared_statements lists the statements of the connection that reads it, so each check runs
// on one connection: inside a transaction.
describe("prepared statements on the real database", () => {
  it("prepares a statement once per connection and reuses it with new values", async () => {
    const result = await getDb().$transaction(async (tx) => {
      const first = await tx.$queryRaw<{ v: number }[]>`SELECT ${41}::int + 1 AS v`;
      const second = await tx.$queryRaw<{ v: number }[]>`SELECT ${1}::int + 1 AS v`;
      const prepared = await tx.$queryRaw<{ name: string; statement: string }[]>`
        SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + 1%'`;
      return { values: [first[0]!.v, second[0]!.v], prepared };
    });
    expect(result.values).toEqual([42, 2]);
    expect(result.prepared).toHaveLength(1);
    expect(result.prepared[0]!.name).toMatch(/^q_/);
  });

  it("keeps a connection usable after a statement fails to prepare", async () => {
    const db = getDb();
    await expect(db.$queryRawUnsafe("SELECT no_such_column FROM \"User\"")).rejects.toThrow();
    await expect(db.$queryRawUnsafe("SELECT no_such_column FROM \"User\"")).rejects.toThrow();
    expect(await db.$queryRaw<{ v: number }[]>`SELECT ${2}::int * 3 AS v`).toEqual([{ v: 6 }]);
  });
});
