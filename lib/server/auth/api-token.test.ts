import { describe, expect, it } from "vitest";
import { bearerToken, hashApiToken, newApiToken } from "./api-token";

describe("personal access tokens", () => {
  it("are qf_ and 43 base64url characters, with a short prefix to tell them apart and a stored hash", () => {
    const { token, tokenHash, prefix } = newApiToken();
    expect(token).toMatch(/^qf_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toBe(token.slice(0, 11));
    expect(tokenHash).toBe(hashApiToken(token));
    expect(tokenHash).not.toContain(token.slice(3));
    expect(newApiToken().token).not.toBe(token);
  });

  it("are read from a Bearer header only; a malformed Bearer header is refused, another scheme left to the cookie", () => {
    const { token } = newApiToken();
    expect(bearerToken(null)).toBeUndefined();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer   ${token} `)).toBe(token);
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeUndefined();
    expect(bearerToken("")).toBeUndefined();
    expect(bearerToken("Bearer qf_short")).toBeNull();
    expect(bearerToken(`Bearer ${token}x`)).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("bearer sometoken")).toBeNull();
  });
});
