import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A fresh invite token (32 random bytes, base64url) — shown once, in the link. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored, so a database leak doesn't hand out working invite links. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
