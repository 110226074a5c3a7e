import "server-only";
import { createHash, randomBytes } from "node:crypto";

/*
 * Personal access tokens: "qf_" and 32 random bytes (base64url), shown once. Only a SHA-256 hash
 * is stored: a token is 256 random bits, so a fast hash is enough (no guessing can reach it), and
 * looking it up stays one indexed read.
 */
const PREFIX = "qf_";

export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, PREFIX.length + 8) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The token in an Authorization header: undefined without a Bearer header (a cookie session may
 * apply: another scheme, such as a proxy's Basic auth, isn't ours), null for a Bearer header that
 * isn't a token of ours (refused: it never falls back to a cookie).
 */
export function bearerToken(header: string | null): string | null | undefined {
  if (header === null || !/^Bearer(\s|$)/i.test(header.trim())) return undefined;
  const match = /^\s*Bearer\s+(qf_[A-Za-z0-9_-]{43})\s*$/i.exec(header);
  return match ? match[1]! : null;
}
