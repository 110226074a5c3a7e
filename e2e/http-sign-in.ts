import http from "node:http";

/** Plain HTTP for journeys that need what a browser can't choose: the local address a request leaves from. */
export type Answer = { status: number; body: string; cookies: string[] };

export function send(baseURL: string, from: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
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
export async function trySignIn(baseURL: string, from: string, email: string, password: string, forged: Record<string, string> = {}): Promise<string> {
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
