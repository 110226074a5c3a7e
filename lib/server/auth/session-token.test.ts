import { describe, expect, it, vi } from "vitest";
import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken, sessionCookieName, sessionTokenFromCookies } from "./session-token";

const secret = "test-secret-of-reasonable-length";
const claims = { sub: "user-1", sv: 3, sid: "session-1", name: "Ada" };

describe("session tokens", () => {
  it("reads tokens next-auth issued, and next-auth reads ours (cookies stay valid across the change)", async () => {
    const theirs = await nextAuthEncode({ token: claims, secret });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject(claims);
    const ours = await encodeSessionToken({ token: claims, secret, maxAge: 60 });
    const read = await nextAuthDecode({ token: ours, secret });
    expect(read).toMatchObject(claims);
    expect(Number(read!.exp) - Number(read!.iat)).toBe(60);
    expect(typeof read!.jti).toBe("string");
  });

  it("keeps salts apart, as next-auth does", async () => {
    const salted = await nextAuthEncode({ token: claims, secret, salt: "other" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "other" })).toMatchObject(claims);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it("refuses a token under another secret, a damaged one and an expired one", async () => {
    const token = await encodeSessionToken({ token: claims, secret });
    await expect(decodeSessionToken({ token, secret: "another-secret" })).rejects.toThrow();
    const [head, key, iv, body, tag] = token.split(".");
    const flipped = body![0] === "A" ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    await expect(decodeSessionToken({ token: [head, key, iv, flipped, tag].join("."), secret })).rejects.toThrow();

    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
    try {
      const shortLived = await encodeSessionToken({ token: claims, secret, maxAge: 60 });
      vi.setSystemTime(new Date("2026-01-01T00:01:10Z")); // 10 s past expiry: within the 15 s tolerance
      expect(await decodeSessionToken({ token: shortLived, secret })).toMatchObject(claims);
      vi.setSystemTime(new Date("2026-01-01T00:01:20Z"));
      await expect(decodeSessionToken({ token: shortLived, secret })).rejects.toThrow(/exp/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("has no token without a cookie", async () => {
    expect(await decodeSessionToken({ token: "", secret })).toBeNull();
  });
});

describe("the session cookie", () => {
  it("carries the __Secure- prefix only for an https site", () => {
    expect(sessionCookieName("https://quiz.example.org")).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName("http://localhost:3000")).toBe("next-auth.session-token");
    expect(sessionCookieName(undefined)).toBe("next-auth.session-token");
  });

  it("joins a token split into numbered parts, in numeric order, and ignores other cookies", () => {
    const name = "next-auth.session-token";
    const cookies = [
      { name: `${name}.10`, value: "K" },
      { name: `${name}.2`, value: "C" },
      { name: "other", value: "x" },
      { name: `${name}.0`, value: "A" },
      { name: `${name}.1`, value: "B" },
      { name: `${name}.x`, value: "!" },
      { name: `__Secure-${name}`, value: "secure" },
    ];
    expect(sessionTokenFromCookies(cookies, name)).toBe("ABCK");
    expect(sessionTokenFromCookies([{ name, value: "whole" }, ...cookies], name)).toBe("whole");
    expect(sessionTokenFromCookies([{ name: "other", value: "x" }], name)).toBeUndefined();
  });
});
