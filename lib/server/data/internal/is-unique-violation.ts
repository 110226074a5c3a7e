import "server-only";

/**
 * A unique constraint rejected the write (e.g. an email already taken): Prisma's
 * P2002, or, from a raw query ($executeRaw), P2010 carrying PostgreSQL's 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  return code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.originalCode === "23505");
}
