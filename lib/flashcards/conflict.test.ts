import { describe, expect, it } from "vitest";
import { checkVersion, nextVersion } from "@/lib/flashcards/conflict";

describe("checkVersion", () => {
  it("accepts a review made against the current version", () => {
    expect(checkVersion(3, 3)).toEqual({ ok: true });
  });

  it("rejects a review made against an older version with an actionable message", () => {
    const result = checkVersion(3, nextVersion(3));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^This card was already reviewed in another tab.*Reload/);
  });

  it("rejects a version from the future", () => {
    expect(checkVersion(5, 4).ok).toBe(false);
  });
});
