import http from "node:http";
import { expect, test } from "./fixtures";
import { signUp, signOut, uniqueEmail } from "./helpers";

/**
 * Sign-in throttling keys on the client the server itself sees (the socket's address; no proxy is
 * configured here), so forged forwarding headers buy an attacker nothing, and the attacker's
 * failures don't hold back the owner's own client. Each request leaves from a loopback address
 * of its own (127.0.0.x), as different machines would.
 */

type Answer = { status: number; body: string; cookies: string[] };

function send(baseURL: string, from: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress: from }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookies: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/** One sign-in try through next-auth's credentials callback; returns its error message, or "signed in". */
async function trySignIn(baseURL: string, from: string, email: string, password: string, forged: Record<string, string> = {}): Promise<string> {
  const csrf = await send(baseURL, from, "/api/auth/csrf", { headers: forged });
  const cookie = csrf.cookies.map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await send(baseURL, from, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...forged },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }).toString(),
  });
  const { url } = JSON.parse(answer.body) as { url: string };
  return new URL(url).searchParams.get("error") ?? "signed in";
}

test("forged client addresses are throttled as the one client they come from, and the owner's own client still signs in", async ({ page, baseURL }) => {
  const email = uniqueEmail("owner");
  await signUp(page, { name: "Olive Owner", email, password: "olive's own password" });
  await signOut(page);

  const attacker = "127.0.0.3";
  const outcomes: string[] = [];
  for (let i = 1; i <= 8; i++) {
    // A new "client" on every try, as far as the headers go.
    const forged = { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, "x-quizformer-peer": `192.0.2.${i}` };
    outcomes.push(await trySignIn(baseURL!, attacker, email, `guess ${i}`, forged));
  }
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("Wrong email or password."));
  for (const outcome of outcomes.slice(5)) expect(outcome).toMatch(/^Too many sign-in attempts\. Try again in \d+ s\.$/);

  // The owner, from their own machine, is not locked out by the attacker's failures.
  expect(await trySignIn(baseURL!, "127.0.0.4", email, "olive's own password")).toBe("signed in");
});
