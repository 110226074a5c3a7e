import http from "node:http";
import { expect, test, type Page } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

const ONE_MB = 1024 * 1024;
const JSON_HEADERS = { "content-type": "application/json" };

/** A JSON document of about 1 MB: far over the 64 KB the JSON API reads. (A Buffer, so Playwright sends it as is.) */
const bigJson = Buffer.from(JSON.stringify({ studentCardId: "x", pad: "x".repeat(ONE_MB) }));

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** POSTs `bytes` of JSON in 16 KB chunks with Transfer-Encoding: chunked (no Content-Length), over node:http. */
function postChunked(url: string, cookie: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent: false, headers: { ...JSON_HEADERS, cookie, "transfer-encoding": "chunked" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    for (let sent = 0; sent < bytes; sent += chunk.length) request.write(chunk);
    request.end();
  });
}

test.describe("request bodies are capped", () => {
  test("a signed-in student's 1 MB POSTs to the JSON API get 413 with the limit", async ({ page, baseURL }) => {
    await signUp(page, { name: "Bea Bodylimit", email: uniqueEmail("bea"), password: "body limit password" });

    for (const path of ["/api/reviews", "/api/attempts/x/answers"]) {
      const response = await page.request.post(path, { headers: JSON_HEADERS, data: bigJson });
      expect(response.status(), path).toBe(413);
      expect(await response.json()).toEqual({ error: "The request body is 1.1 MB; the limit is 64 KB." });
    }

    // Without a Content-Length the server counts while reading and stops at the limit.
    const chunked = await postChunked(`${baseURL}/api/reviews`, await cookieHeader(page), ONE_MB);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toEqual({ error: "The request body is over the limit: the limit is 64 KB." });

    // Small bodies are still read: bad JSON gets its reason, the wrong type a 415.
    const broken = await page.request.post("/api/reviews", { headers: JSON_HEADERS, data: Buffer.from('{"rating":') });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).error).toMatch(/^The body isn't valid JSON: /);
    const form = await page.request.post("/api/reviews", { form: { rating: "good" } });
    expect(form.status()).toBe(415);
    // And a valid-looking body reaches the data layer: someone else's (here: no) card is a 404.
    const unknownCard = await page.request.post("/api/reviews", {
      headers: JSON_HEADERS,
      data: { studentCardId: "no-such-card", expectedVersion: 0, rating: "good", durationMs: 1000 },
    });
    expect(unknownCard.status()).toBe(404);
  });

  test("a 1 MB POST to sign-in gets 413 before next-auth reads it", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", { form: { email: "a@example.test", password: "x".repeat(ONE_MB) } });
    expect(response.status()).toBe(413);
    expect(await response.json()).toEqual({ error: "The request body is 1.1 MB; the limit is 16 KB." });
  });
});

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP that Next's scripts satisfy", async ({ page }) => {
    const first = await page.goto("/signin");
    const headers = first!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = csp.match(/script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    // Served over http here (NEXTAUTH_URL is http): no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();

    // Every script Next rendered carries this request's nonce, and the page hydrated (the form works).
    const scriptNonces = await page.evaluate(() => Array.from(document.querySelectorAll("script"), (s) => s.nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

    const second = await page.goto("/signin");
    expect(second!.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

    // A page that doesn't exist renders per request too, with its own nonce.
    const missing = await page.goto("/no-such-page");
    expect(missing!.status()).toBe(404);
    expect(missing!.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  });

  test("API responses and static files are never sniffed or framed", async ({ request, page }) => {
    const health = await request.get("/api/health");
    expect(health.headers()["x-content-type-options"]).toBe("nosniff");
    expect(health.headers()["referrer-policy"]).toBe("same-origin");
    expect(health.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const anonymous = await request.post("/api/reviews", { headers: JSON_HEADERS, data: "{}" });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

    await page.goto("/signin");
    const script = await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[src]")?.src);
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
