import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A fresh token for a link that grants something (an invite, a password setup): 32 random bytes, base64url, shown once. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored, so a database leak doesn't hand out working links. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
