import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/teams/abc?x=1")).toBe("/teams/abc?x=1");
    expect(safeCallbackUrl(["/admin", "/x"])).toBe("/admin");
  });
  it("rejects other sites and odd forms", () => {
    expect(safeCallbackUrl("https://evil.example/")).toBe("/dashboard");
    expect(safeCallbackUrl("//evil.example/")).toBe("/dashboard");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/dashboard");
    expect(safeCallbackUrl(undefined, "/")).toBe("/");
  });
});
