import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const exclude = ["**/node_modules/**", "**/.next/**", "e2e/**", ".data/**"];

export default defineConfig({
  resolve: {
    alias: [
      // lib/server modules import "server-only", which throws outside a React Server Components build.
      { find: /^server-only$/, replacement: path.join(root, "test", "empty-module.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: [...exclude, "**/*.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude,
          globalSetup: ["test/integration/global-setup.ts"],
          // One database shared by all files: run them one after another, in one worker.
          fileParallelism: false,
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
