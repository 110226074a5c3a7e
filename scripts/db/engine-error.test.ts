import { describe, expect, it } from "vitest";
import { describeEngineError, failedMigrationName } from "./engine-error";

const engineError = new Error(
  [
    "external connector error",
    'Error querying the database: ERROR: relation "User" already exists',
    "   0: sql_schema_connector::apply_migration::apply_script",
    '           with migration_name="20260101000000_init"',
    "             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113",
  ].join("\n"),
);

describe("engine errors", () => {
  it("keep their reason and lose the span trace", () => {
    expect(describeEngineError(engineError)).toBe('Error querying the database: ERROR: relation "User" already exists');
  });

  it("name the migration they are about", () => {
    expect(failedMigrationName(engineError)).toBe("20260101000000_init");
    expect(failedMigrationName(new Error("no trace"))).toBeUndefined();
  });
});
