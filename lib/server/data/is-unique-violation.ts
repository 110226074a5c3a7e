import "server-only";

/** Prisma's P2002: a unique constraint rejected the write (e.g. an email already taken). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
