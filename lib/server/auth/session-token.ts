import "server-only";
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/auth/session-cookie-names";

/*
 * The session cookie's token, in exactly next-auth's format (a JWE, "dir" + A256GCM, with a key
 * derived from the secret by HKDF), so cookies issued before and after stay valid. next-auth derives
 * that key again on every call; it depends only on the secret and the salt, so here it is derived
 * once per process. Registered as next-auth's `jwt.encode` / `jwt.decode`, and used directly to
 * read a request's session without next-auth's full session round (which also re-encrypts the token
 * it then throws away).
 */

// next-auth's defaults: tokens expire after 30 days and may be up to 15 s past expiry (clock skew).
const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;
const CLOCK_TOLERANCE_S = 15;

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt = "" }: JWTEncodeParams): Promise<string> {
  const nowS = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(nowS)
    .setExpirationTime(nowS + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

/** The token's claims; throws for a token that is forged, damaged or expired (as next-auth's own decode does). */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: CLOCK_TOLERANCE_S });
  return payload;
}

/** The cookie next-auth keeps the token in: with the __Secure- prefix when the site is served over https. */
export function sessionCookieName(publicUrl: string | undefined = process.env.NEXTAUTH_URL): string {
  return publicUrl?.startsWith("https://") ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * The token in a request's cookies: the cookie itself, or, for a token too large for one cookie,
 * its parts "<name>.0", "<name>.1"… joined in order (how next-auth splits it).
 */
export function sessionTokenFromCookies(cookies: readonly { name: string; value: string }[], name: string = sessionCookieName()): string | undefined {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const parts = cookies
    .map((c) => ({ index: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN, value: c.value }))
    .filter((p) => Number.isInteger(p.index) && p.index >= 0)
    .sort((a, b) => a.index - b.index);
  return parts.length > 0 ? parts.map((p) => p.value).join("") : undefined;
}
