import path from "node:path";
import { fileURLToPath } from "node:url";

// Resolved from this file rather than the working directory, so the scripts
// behave the same from any directory.
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_PATH = path.join(REPO_ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");
/** The development cluster's data (git-ignored). */
export const DEV_DATA_DIR = path.join(REPO_ROOT, ".data", "postgres");
export const DEV_DATABASE = "quizformer";
