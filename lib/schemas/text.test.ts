import { describe, expect, it } from "vitest";
import { text, unstorableTextReason } from "./text";

describe("text()", () => {
  it("accepts any well-formed text, emoji and combining marks included", () => {
    for (const ok of ["", "Grüße", "ȷ̂", "KV cache 🧠", "\u{1F600}", "tab\tand\nnewline"]) expect(text().safeParse(ok).success).toBe(true);
  });

  it("refuses NUL and lone surrogates with a reason, wherever they stand", () => {
    for (const bad of ["\u0000", "a\u0000b", "\ud800", "x\udc00", "\ud83d end"]) {
      const result = text().trim().min(1).safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/NUL|lone surrogate/);
    }
    expect(unstorableTextReason("a\u0000")).toMatch(/U\+0000/);
  });

  it("keeps the usual string checks chainable", () => {
    expect(text().trim().min(3).safeParse("  ab  ").success).toBe(false);
    expect(text().trim().min(3).parse("  abc  ")).toBe("abc");
  });
});
