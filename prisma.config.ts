import { defineConfig } from "prisma/config";

// The datasource URL is only needed by commands that talk to a database; the
// project's own db scripts pass it explicitly, so generate works without one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/quizformer" },
});
