import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * NIST SP 800-63B §3.1.1.2: refuse passwords known to be common. The list is zxcvbn-ts's
 * "passwords-common" dictionary (about 49,000 passwords seen most often in breaches),
 * compared without regard to case, since "Password123" is no harder to guess.
 */
let common: ReadonlySet<string> | undefined;

export function isCommonPassword(password: string): boolean {
  // Built on first use: the list is decompressed once per process, never in the browser.
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common.has(password.trim().toLowerCase());
}
