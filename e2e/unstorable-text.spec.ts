import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

// A NUL character and a lone surrogate, as a URL carries them and as JSON escapes them.
const IN_URLS = ["%00", "a%00b", "%ED%A0%80"];
const IN_JSON = ["\\u0000", "x\\ud800"];

test("NUL characters and broken Unicode anywhere in a request get a 4xx with a reason, never a 500", async ({ page }) => {
  await signUp(page, { name: "Nel Nul", email: uniqueEmail("nul"), password: "nul byte password" });

  for (const bad of IN_URLS) {
    const pages = [`/topics/${bad}`, `/attempts/${bad}`, `/attempts/${bad}/review`, `/teams/${bad}`, `/teams/${bad}/progress`, `/invite/${bad}`, `/flashcards/browse?q=${bad}`, `/signin?callbackUrl=/${bad}`];
    const apis = [`/api/teams/${bad}/progress.csv`, `/api/teams/${bad}/quizzes/${bad}/results.csv`];
    for (const path of [...pages, ...apis]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
    }
    const answer = await page.request.post(`/api/attempts/${bad}/answers`, {
      headers: { "content-type": "application/json" },
      data: Buffer.from(JSON.stringify({ position: 0, response: { kind: "numeric", text: "1" }, idempotencyKey: "nul-key-123" })),
    });
    expect(answer.status(), `answers for ${bad}`).toBeGreaterThanOrEqual(400);
    expect(answer.status(), `answers for ${bad}`).toBeLessThan(500);
  }

  for (const bad of IN_JSON) {
    const review = await page.request.post("/api/reviews", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(`{"studentCardId":"${bad}","expectedVersion":0,"rating":"good","durationMs":1000}`),
    });
    expect(review.status(), `review ${bad}`).toBe(400);
    expect((await review.json()).error, `review ${bad}`).toMatch(/can't be stored|NUL|Unicode/);
    const answer = await page.request.post("/api/attempts/x/answers", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(`{"position":0,"response":{"kind":"text","text":"${bad}"},"idempotencyKey":"nul-key-456"}`),
    });
    expect(answer.status(), `answer ${bad}`).toBe(400);
  }
});
