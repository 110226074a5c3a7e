import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PgMigrationAdapterFactory } from "./pg-migration-adapter";

export type { SchemaEngine };

let wasmReady: Promise<void> | undefined;

// The package's entry point imports the .wasm file as an ES module, which Node 20
// only allows behind --experimental-wasm-modules. Doing that entry point's two
// steps by hand (instantiate with the JS glue as imports, hand the exports back
// to the glue) works on a plain `node`/`tsx`, and in Vitest.
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineGlue });
    engineGlue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("@prisma/schema-engine-wasm has no __wbindgen_start export");
    start();
  })();
  return wasmReady;
}

export interface SchemaEngineOptions {
  databaseUrl: string;
  /** The Prisma schema, as the engine validates and diffs against it. */
  schema: { path: string; content: string };
  /** The engine's own log lines (JSON), e.g. for debugging. */
  log?: (line: string) => void;
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  /** Frees the engine and closes its database connections. */
  close(): Promise<void>;
}

/**
 * Prisma's schema engine (the one behind `prisma migrate`), compiled to
 * WebAssembly and talking to PostgreSQL through the pg driver adapter, so it
 * needs no native engine download.
 */
export async function openSchemaEngine(options: SchemaEngineOptions): Promise<SchemaEngineSession> {
  await loadWasm();
  const factory = new PgMigrationAdapterFactory(options.databaseUrl);
  let engine: SchemaEngine;
  try {
    engine = await engineGlue.SchemaEngine.new(
      { datamodels: [[options.schema.path, options.schema.content]] },
      (line: string) => options.log?.(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await factory.disposeAll();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      engine.free();
      await factory.disposeAll();
    })();
    return closing;
  };
  return { engine, close };
}
