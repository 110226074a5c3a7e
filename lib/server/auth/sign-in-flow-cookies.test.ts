import { describe, expect, it } from "vitest";
import { signInFlowCookies } from "./sign-in-flow-cookies";

describe("signInFlowCookies", () => {
  it("gives a sign-in's check cookies the __Host- prefix over https, for path / and no domain", () => {
    const cookies = signInFlowCookies("https://quiz.example.org");
    for (const key of ["state", "pkceCodeVerifier", "nonce", "callbackUrl"] as const) {
      expect(cookies[key]?.name).toMatch(/^__Host-next-auth\./);
      expect(cookies[key]?.options).toMatchObject({ secure: true, path: "/", httpOnly: true });
      expect(cookies[key]?.options).not.toHaveProperty("domain");
    }
  });

  it("keeps next-auth's own names over http", () => {
    expect(signInFlowCookies("http://127.0.0.1:3000")).toEqual({});
    expect(signInFlowCookies(undefined)).toEqual({});
  });
});
