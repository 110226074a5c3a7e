import initSqlJs, { type SqlJsStatic } from "sql.js/dist/sql-wasm-inline.js";

let loading: Promise<SqlJsStatic> | null = null;

/**
 * SQLite compiled to WebAssembly (sql.js), loaded once per process. The build with the WebAssembly
 * inlined is used so no file has to be found at run time, whatever bundles the server.
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
