import { describe, expect, it } from "vitest";
import { safeCallbackUrl, safeRedirectUrl, withCallbackUrl } from "./safe-callback-url";

const ORIGIN = "https://quiz.example";

/**
 * Values an attacker can put in ?callbackUrl= (after the query string was decoded once).
 * Each of them must come back as the fallback, never as a Location a browser could
 * resolve to another host or that breaks the response header.
 */
const NASTY = [
  "//evil.example",
  "//evil.example/path",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "\t/evil.example",
  "/\t\t//evil.example",
  "\t",
  "/%09/evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/\r\nSet-Cookie: x=1",
  "/ok\r\nLocation: https://evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\u0000/evil.example",
  "/ok\u0000",
  "/\u007f/evil.example",
  "https://evil.example",
  "https://evil.example/dashboard",
  "http:evil.example",
  "https:/evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\u00a0/evil.example",
  "/\u2028/evil.example",
  "/\u3000/evil.example",
  "/\ufeff/evil.example",
  "/\u200b/evil.example",
  " /dashboard",
  "/dashboard ",
  "/a\\b",
  "evil.example",
  "./dashboard",
  "",
  "/" + "a".repeat(3000),
];

describe("safeCallbackUrl", () => {
  it.each(NASTY.map((value) => [JSON.stringify(value).slice(0, 60), value]))("refuses %s", (_label, value) => {
    expect(safeCallbackUrl(value)).toBe("/dashboard");
  });

  it("refuses nothing and non-strings", () => {
    expect(safeCallbackUrl(undefined)).toBe("/dashboard");
    expect(safeCallbackUrl(undefined, "/")).toBe("/");
    expect(safeCallbackUrl([])).toBe("/dashboard");
  });

  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackUrl("/invite/abc?x=1#h")).toBe("/invite/abc?x=1#h");
    expect(safeCallbackUrl("/teams/abc?x=1")).toBe("/teams/abc?x=1");
    expect(safeCallbackUrl("/dashboard")).toBe("/dashboard");
    expect(safeCallbackUrl("/")).toBe("/");
    expect(safeCallbackUrl("/topics/rope?q=a%20b&r=%2F")).toBe("/topics/rope?q=a%20b&r=%2F");
    expect(safeCallbackUrl(["/admin", "/x"])).toBe("/admin");
  });

  it("returns the normalised path, so what is checked is what is sent", () => {
    expect(safeCallbackUrl("/a/../teams")).toBe("/teams");
    expect(safeCallbackUrl("/a/./b")).toBe("/a/b");
  });

  it("every accepted value stays on the site wherever a browser resolves it", () => {
    for (const value of [...NASTY, "/invite/abc?x=1#h", "/a/../b"]) {
      const result = safeCallbackUrl(value);
      expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
      expect(result).toMatch(/^\/(?![/\\])/);
      expect(result).not.toMatch(/[\u0000-\u001f\u007f\s\\]/);
    }
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it("keeps a same-origin absolute URL or path, as an absolute URL on the site", () => {
    expect(safeRedirectUrl("/invite/abc?x=1#h", ORIGIN)).toBe(`${ORIGIN}/invite/abc?x=1#h`);
    expect(safeRedirectUrl(`${ORIGIN}/teams/t1`, ORIGIN)).toBe(`${ORIGIN}/teams/t1`);
  });

  it.each(NASTY.map((value) => [JSON.stringify(value).slice(0, 60), value]))("sends %s to the site's root", (_label, value) => {
    expect(safeRedirectUrl(value, ORIGIN)).toBe(`${ORIGIN}/`);
  });

  it("refuses another origin, even one that starts like ours", () => {
    expect(safeRedirectUrl("https://quiz.example.evil.example/x", ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeRedirectUrl("http://quiz.example/x", ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeRedirectUrl("https://quiz.example:444/x", ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeRedirectUrl(`${ORIGIN}//evil.example`, ORIGIN)).toBe(`${ORIGIN}/`);
  });

  it("keeps a base URL's path prefix", () => {
    expect(safeRedirectUrl("/dashboard", "https://quiz.example/")).toBe(`${ORIGIN}/dashboard`);
  });
});

describe("withCallbackUrl (sign-in ⇄ sign-up links)", () => {
  it("carries a same-site target and drops the default", () => {
    expect(withCallbackUrl("/signup", "/invite/abc")).toBe("/signup?callbackUrl=%2Finvite%2Fabc");
    expect(withCallbackUrl("/signup", "/dashboard")).toBe("/signup");
  });

  it("never carries a target off the site", () => {
    expect(withCallbackUrl("/signup", "https://evil.example/")).toBe("/signup");
    expect(withCallbackUrl("/signin", "//evil.example")).toBe("/signin");
  });
});
