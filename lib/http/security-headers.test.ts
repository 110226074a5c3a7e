import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, buildContentSecurityPolicy, pageSecurityHeaders, RESPONSE_SECURITY_HEADERS, servesHttps } from "./security-headers";

const NONCE = "bm9uY2UtZm9yLXRlc3RzLTEyMw==";

/** "a x; b y z" → { a: ["x"], b: ["y", "z"] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  it("allows only scripts with the request's nonce in production", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: NONCE, development: false, publicUrl: "http://localhost:3000" }));
    expect(csp["script-src"]).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
  });

  it("allows eval in development only", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: NONCE, development: true, publicUrl: undefined }));
    expect(csp["script-src"]).toContain("'unsafe-eval'");
  });

  it("names every directive the app needs, and nothing may frame it", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: NONCE, development: false, publicUrl: "http://localhost:3000" }));
    expect(csp).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'", "blob:"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("upgrades insecure requests only when the site is served over https", () => {
    expect(buildContentSecurityPolicy({ nonce: NONCE, development: false, publicUrl: "https://quiz.example.org" })).toMatch(/; upgrade-insecure-requests$/);
    expect(buildContentSecurityPolicy({ nonce: NONCE, development: false, publicUrl: "http://quiz.example.org" })).not.toContain("upgrade-insecure-requests");
  });

  it("gives the nonce in the form Next reads back from the header", () => {
    // Next takes the first 'nonce-…' source of script-src to put on its own scripts.
    const policy = buildContentSecurityPolicy({ nonce: NONCE, development: false, publicUrl: undefined });
    const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    expect(scriptSrc?.match(/'nonce-([A-Za-z0-9+/_-]+={0,2})'/)?.[1]).toBe(NONCE);
  });
});

describe("pageSecurityHeaders", () => {
  it("adds HSTS when NEXTAUTH_URL is https, and not over plain http", () => {
    const https = pageSecurityHeaders({ nonce: NONCE, development: false, publicUrl: "https://quiz.example.org" });
    expect(https.find((h) => h.key === "Strict-Transport-Security")?.value).toBe("max-age=31536000");
    const http = pageSecurityHeaders({ nonce: NONCE, development: false, publicUrl: "http://127.0.0.1:3000" });
    expect(http.map((h) => h.key)).toEqual(["Content-Security-Policy"]);
    expect(pageSecurityHeaders({ nonce: NONCE, development: false, publicUrl: undefined }).map((h) => h.key)).toEqual(["Content-Security-Policy"]);
  });

  it("reads the scheme case-insensitively", () => {
    expect(servesHttps(" HTTPS://quiz.example.org")).toBe(true);
    expect(servesHttps("http://https.example.org")).toBe(false);
  });
});

describe("headers on every response", () => {
  it("forbids sniffing, framing and cross-site referrers; the API loads nothing", () => {
    expect(Object.fromEntries(RESPONSE_SECURITY_HEADERS.map((h) => [h.key, h.value]))).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
    });
    expect(directives(API_CONTENT_SECURITY_POLICY)).toEqual({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });
  });
});
