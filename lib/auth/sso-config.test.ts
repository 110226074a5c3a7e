import { describe, expect, it } from "vitest";
import { readSignInMethods } from "./sso-config";

const SSO = { OIDC_ISSUER: "https://id.example.test/realms/school", OIDC_CLIENT_ID: "quizformer", OIDC_CLIENT_SECRET: "s3cret" };

describe("readSignInMethods", () => {
  it("offers passwords only by default", () => {
    expect(readSignInMethods({})).toEqual({ sso: null, password: true });
  });

  it("reads single sign-on with its defaults and group lists", () => {
    const { sso, password } = readSignInMethods({ ...SSO, OIDC_ADMIN_GROUPS: " staff/admins , teachers ", OIDC_TEAM_CLAIM: "teams" });
    expect(password).toBe(true);
    expect(sso).toEqual({
      issuer: SSO.OIDC_ISSUER,
      clientId: "quizformer",
      clientSecret: "s3cret",
      name: "single sign-on",
      groupsClaim: "groups",
      adminGroups: ["staff/admins", "teachers"],
      leadGroups: [],
      teamClaim: "teams",
    });
    expect(readSignInMethods({ ...SSO, OIDC_NAME: "Campus ID", PASSWORD_SIGNIN: "off" })).toMatchObject({ sso: { name: "Campus ID" }, password: false });
  });

  it("names what is missing or wrong", () => {
    expect(() => readSignInMethods({ OIDC_ISSUER: SSO.OIDC_ISSUER })).toThrow("Single sign-on needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET as well as OIDC_ISSUER.");
    expect(() => readSignInMethods({ ...SSO, OIDC_ISSUER: "id.example.test" })).toThrow(/OIDC_ISSUER must be the provider's issuer URL/);
    expect(() => readSignInMethods({ ...SSO, OIDC_ISSUER: "http://id.example.test" })).toThrow(/must use https/);
    expect(readSignInMethods({ ...SSO, OIDC_ISSUER: "http://127.0.0.1:9000" }).sso?.issuer).toBe("http://127.0.0.1:9000");
    expect(() => readSignInMethods({ PASSWORD_SIGNIN: "off" })).toThrow(/nobody could sign in/);
    expect(() => readSignInMethods({ ...SSO, PASSWORD_SIGNIN: "no" })).toThrow('PASSWORD_SIGNIN must be on or off; got "no".');
  });
});
