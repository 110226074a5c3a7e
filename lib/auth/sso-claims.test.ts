import { describe, expect, it } from "vitest";
import { readSsoClaims, rolesFromGroups } from "./sso-claims";

const config = { issuer: "https://id.example.test", groupsClaim: "groups", teamClaim: "teams" };

describe("readSsoClaims", () => {
  it("takes the subject, the email (lower-cased), its verification, a name, groups and teams", () => {
    expect(
      readSsoClaims({ iss: "https://id.example.test", sub: "u-1", email: " Ada@Example.TEST ", email_verified: true, name: "Ada  Lovelace", groups: ["/staff", "staff", 7], teams: "Readers" }, config),
    ).toEqual({ issuer: "https://id.example.test", subject: "u-1", email: "ada@example.test", emailVerified: true, name: "Ada Lovelace", groups: ["/staff", "staff"], teams: ["Readers"] });
  });

  it("counts an email as verified only when the provider says so", () => {
    expect(readSsoClaims({ sub: "u", email: "a@b.test" }, config)?.emailVerified).toBe(false);
    expect(readSsoClaims({ sub: "u", email: "a@b.test", email_verified: "true" }, config)?.emailVerified).toBe(true);
    expect(readSsoClaims({ sub: "u", email: "a@b.test", email_verified: "yes" }, config)?.emailVerified).toBe(false);
  });

  it("finds a name in the usual claims, or uses the email's local part", () => {
    expect(readSsoClaims({ sub: "u", email: "a@b.test", given_name: "Grace", family_name: "Hopper" }, config)?.name).toBe("Grace Hopper");
    expect(readSsoClaims({ sub: "u", email: "a@b.test", preferred_username: "gh" }, config)?.name).toBe("gh");
    expect(readSsoClaims({ sub: "u", email: "grace@b.test" }, config)?.name).toBe("grace");
  });

  it("needs a subject and an email", () => {
    expect(readSsoClaims({ email: "a@b.test" }, config)).toBeNull();
    expect(readSsoClaims({ sub: "u" }, config)).toBeNull();
    expect(readSsoClaims({ sub: "u", email: "not an address" }, config)).toBeNull();
  });
});

describe("rolesFromGroups", () => {
  it("makes members of an admin group administrators and everyone else students, when admin groups are set", () => {
    const mapping = { adminGroups: ["quizformer-admins"], leadGroups: ["teachers"] };
    expect(rolesFromGroups(["/quizformer-admins"], mapping)).toEqual({ role: "ADMIN", lead: false });
    expect(rolesFromGroups(["students", "teachers"], mapping)).toEqual({ role: "STUDENT", lead: true });
    expect(rolesFromGroups(["/org/quizformer-admins"], mapping)).toEqual({ role: "STUDENT", lead: false });
    expect(rolesFromGroups(["/org/quizformer-admins"], { adminGroups: ["org/quizformer-admins"], leadGroups: [] }).role).toBe("ADMIN");
  });

  it("leaves roles to Quizformer without admin groups", () => {
    expect(rolesFromGroups(["anything"], { adminGroups: [], leadGroups: [] })).toEqual({ role: null, lead: false });
  });
});

describe("readSsoClaims refuses what sign-up would refuse", () => {
  it("takes only a valid address of at most 254 characters, and a subject of at most 255", () => {
    expect(readSsoClaims({ sub: "u", email: `${"a".repeat(250)}@b.test` }, config)).toBeNull();
    expect(readSsoClaims({ sub: "u", email: "a b\n@c.test" }, config)).toBeNull();
    expect(readSsoClaims({ sub: "s".repeat(256), email: "a@b.test" }, config)).toBeNull();
  });

  it("drops format characters from names, so one can't pose as another", () => {
    expect(readSsoClaims({ sub: "u", email: "a@b.test", name: "Ad\u202Emin\u200B" }, config)?.name).toBe("Admin");
    expect(readSsoClaims({ sub: "u", email: "ada@b.test", name: "\u200B" }, config)?.name).toBe("ada");
  });
});
