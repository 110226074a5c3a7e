import { ColumnTypeEnum, type SqlDriverAdapter, type SqlResultSet } from "@prisma/driver-adapter-utils";
import type pg from "pg";

const CHAR_OID = 18; // PostgreSQL's one-byte "char", used by catalog columns such as pg_constraint.contype
const TEXT_OID = 25;

/** Result rows (by identity) whose columns at these indexes were "char". */
const charColumnsByRows = new WeakMap<object, number[]>();

function relabelCharFields(result: unknown): void {
  if (typeof result !== "object" || result === null || Array.isArray(result)) return;
  const { fields, rows } = result as Partial<pg.QueryResult>;
  if (!Array.isArray(fields) || !Array.isArray(rows)) return;
  const indexes: number[] = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    }
  });
  if (indexes.length > 0) charColumnsByRows.set(rows, indexes);
}

type QueryFunction = (...args: unknown[]) => unknown;

function patchClient(client: pg.ClientBase): void {
  const query = client.query.bind(client) as unknown as QueryFunction;
  const patched: QueryFunction = (...args) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      // pg.Pool#query calls client.query(config, values, callback).
      args[last] = (error: unknown, result: unknown) => {
        if (!error) relabelCharFields(result);
        (callback as (error: unknown, result: unknown) => void)(error, result);
      };
      return query(...args);
    }
    const outcome = query(...args);
    return outcome instanceof Promise ? outcome.then((result: unknown) => (relabelCharFields(result), result)) : outcome;
  };
  client.query = patched as unknown as typeof client.query;
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
  return result;
}

/**
 * Lets the schema engine read PostgreSQL catalog columns of type "char".
 *
 * @prisma/adapter-pg (7.10) maps no column type for OID 18 and rejects the whole
 * result, so every schema-describing call of the engine (diff, migrate dev's
 * diagnostics) fails with "Column type 'char' could not be deserialized". The
 * pool's clients relabel such fields as text before the adapter sees them, and
 * the adapter's results then get the engine's own Character type back for
 * exactly those columns. Values are unchanged: pg already returns them as strings.
 */
export function supportCharColumns(pool: pg.Pool, adapter: SqlDriverAdapter): void {
  pool.on("connect", patchClient);
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    const transactionQueryRaw = transaction.queryRaw.bind(transaction);
    transaction.queryRaw = async (query) => restoreCharColumns(await transactionQueryRaw(query));
    return transaction;
  };
}
