import { describe, expect, it } from "vitest";
import { text, unstorableTextReason, webUrl } from "./text";

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

describe("webUrl()", () => {
  it("accepts http and https links only", () => {
    expect(webUrl().safeParse("https://arxiv.org/abs/2104.09864").success).toBe(true);
    expect(webUrl().safeParse("http://example.com/a?b=1#c").success).toBe(true);
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "ftp://example.com", "//evil.example", "not a url"]) {
      const result = webUrl().safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/http:\/\/ or https:\/\//);
    }
  });
});
