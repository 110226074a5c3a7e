import "server-only";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client's address for per-IP throttling: the first X-Forwarded-For entry
 * (Next.js sets it from the socket; a load balancer prepends the real client).
 */
export function clientIp(headers: HeaderBag): string | null {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(headers, "x-real-ip")?.trim() || null;
}
