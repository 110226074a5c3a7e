import { describe, expect, it } from "vitest";
import { resetMail } from "./reset-mail";
import { resetLink, setupLink } from "./password-link";

describe("the reset mail", () => {
  it("links to the reset page on the site's own address", () => {
    expect(resetLink("https://quiz.example.org/", "tok_123")).toBe("https://quiz.example.org/reset-password/tok_123");
    expect(resetLink("http://localhost:3000", "abc")).toBe("http://localhost:3000/reset-password/abc");
    expect(setupLink("http://localhost:3000", "abc")).toBe("http://localhost:3000/welcome/abc");
  });

  it("carries the link on a line of its own, says until when it works, and nothing a person typed", () => {
    const mail = resetMail({ link: "https://q.example/reset-password/t", expiresAt: new Date("2026-06-01T13:05:00Z") });
    expect(mail.subject).toBe("Reset your Quizformer password");
    expect(mail.text).toMatch(/^Hello,\n/);
    expect(mail.text.split("\n")).toContain("https://q.example/reset-password/t");
    expect(mail.text).toContain("until 13:05 UTC");
  });
});
