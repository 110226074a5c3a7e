// The sql.js build with its WebAssembly inlined has the same interface as the package's main entry.
declare module "sql.js/dist/sql-wasm-inline.js" {
  import initSqlJs from "sql.js";
  export type { SqlJsStatic, Database } from "sql.js";
  export default initSqlJs;
}
