import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's Algorithm.Argon2id; a const enum, so spelled as its value)
// with OWASP's baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The stored hash of an account whose owner hasn't chosen a password yet (an administrator
 * created it and sent a setup link). No password verifies against it.
 */
export const UNSET_PASSWORD_HASH = "!unset";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a throwaway hash when the email is unknown keeps the response time
// the same, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("quizformer-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
