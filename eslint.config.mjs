import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaClient = {
  group: ["@/lib/generated/prisma/client", "@/lib/generated/prisma/internal/*", "@prisma/client", "@prisma/adapter-pg", "@/lib/server/db"],
  message: "Only the data-access layer (lib/server/data) talks to the database.",
};
const frameworks = {
  group: ["next", "next/*", "react", "react-dom", "react/*", "@prisma/*", "@/lib/generated/*", "@/lib/server/*", "server-only"],
  message: "Pure domain code (lib/ outside lib/server) imports nothing from Next, React, Prisma or the server.",
};

const dataInternals = {
  group: ["@/lib/server/data/internal/*", "@/lib/server/data/*/internal/*", "@/lib/server/data/**/internal/**"],
  message: "Helpers under internal/ serve the data layer only: call one of its verb-noun functions instead.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description" }],
      "no-restricted-syntax": ["error", { selector: "ExportAllDeclaration", message: "No `export *` barrels: import deep paths." }],
    },
  },
  {
    files: ["app/**", "components/**", "proxy.ts", "instrumentation.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaClient, dataInternals] }] },
  },
  {
    files: ["lib/server/**"],
    ignores: ["lib/server/data/**", "lib/server/db.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ ...prismaClient, group: prismaClient.group.filter((g) => g !== "@/lib/server/db") }, dataInternals] }] },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/server/**", "lib/generated/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [frameworks] }] },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [prismaClient, dataInternals, { group: ["@/lib/server/data/*"], allowTypeImports: true, message: "Components receive data as props; pages call the data layer." }] },
      ],
    },
  },
]);
