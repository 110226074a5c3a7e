export type VersionCheck = { ok: true } | { ok: false; message: string };

/**
 * Optimistic concurrency: a review carries the version of the card it was shown at, and is
 * applied only if nothing changed the card since. Without this, two open tabs would both
 * schedule from the same old state and the second answer would overwrite the first.
 */
export function checkVersion(expected: number, actual: number): VersionCheck {
  if (expected === actual) return { ok: true };
  return {
    ok: false,
    message:
      expected < actual
        ? "This card was already reviewed in another tab or device, so this answer was not saved. Reload to continue with the current schedule."
        : "This card's saved version is older than the one you answered, so this answer was not saved. Reload to continue with the current schedule.",
  };
}

/** The version a card gets after a successful write. */
export function nextVersion(version: number): number {
  return version + 1;
}
