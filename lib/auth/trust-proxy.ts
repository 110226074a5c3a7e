/**
 * How many reverse proxies in front of the app append to X-Forwarded-For, from TRUST_PROXY:
 * unset, "", "0" or "false" → 0 (no proxy is trusted); "1", "2", … → that many; "true" → 1.
 * Anything else is a configuration mistake and throws, rather than guessing.
 */
export function trustedProxyHops(env: Readonly<Record<string, string | undefined>>): number {
  const value = (env.TRUST_PROXY ?? "").trim().toLowerCase();
  if (value === "" || value === "0" || value === "false") return 0;
  if (value === "true") return 1;
  if (/^[1-9]\d?$/.test(value)) return Number(value);
  throw new Error(`TRUST_PROXY must be 0/false, true, or the number of proxies in front of the app (1, 2, …); got "${env.TRUST_PROXY}".`);
}
