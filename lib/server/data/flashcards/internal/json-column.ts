import "server-only";

/**
 * A json/jsonb column read with $queryRaw: the driver hands it over parsed; text is parsed here
 * in case a driver leaves it as text. The caller states the shape its SQL builds.
 */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
