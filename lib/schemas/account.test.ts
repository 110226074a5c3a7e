import { describe, expect, it } from "vitest";
import { changePasswordSchema, signUpSchema } from "./account";
import { fieldErrorsOf } from "./field-errors";

function errorsOf(input: unknown) {
  const r = signUpSchema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe("sign-up validation", () => {
  it("normalises a valid submission", () => {
    const r = signUpSchema.parse({ name: "  Ada Lovelace ", email: " Ada@Example.COM ", password: "0123456789", confirmPassword: "0123456789" });
    expect(r).toMatchObject({ name: "Ada Lovelace", email: "ada@example.com" });
  });

  it("names each bad field with a specific message", () => {
    expect(errorsOf({ name: "", email: "not-an-email", password: "short", confirmPassword: "short" })).toEqual({
      name: "Enter your name.",
      email: "Enter a valid email address, like ada@example.com.",
      password: "Use at least 10 characters.",
    });
    expect(errorsOf({ name: "A", email: "a@b.co", password: "0123456789", confirmPassword: "9876543210" })).toEqual({
      confirmPassword: "The two passwords don't match.",
    });
    expect(errorsOf({})).toMatchObject({ name: "Enter your name.", email: "Enter your email address.", password: "Choose a password." });
  });

  it("rejects over-long input", () => {
    expect(errorsOf({ name: "x".repeat(101), email: "a@b.co", password: "p".repeat(201), confirmPassword: "p".repeat(201) })).toEqual({
      name: "Use at most 100 characters.",
      password: "Use at most 200 characters.",
    });
  });
});

describe("change-password validation", () => {
  it("requires a different, confirmed new password", () => {
    const r = changePasswordSchema.safeParse({ currentPassword: "0123456789", newPassword: "0123456789", confirmPassword: "0123456789" });
    expect(r.success ? {} : fieldErrorsOf(r.error)).toEqual({ newPassword: "Choose a password different from the current one." });
  });
});

describe("common passwords (NIST 800-63B)", () => {
  const COMMON_MESSAGE = "This password is one of the most common ones, so it is guessed first. Choose another, such as a few unrelated words.";

  it.each(["1234567890", "password123", "qwertyuiop", "1q2w3e4r5t", "Password123", "iloveyou123", "  letmein123 "])("refuses %j on sign-up with a message on the field", (password) => {
    expect(errorsOf({ name: "A", email: "a@b.co", password, confirmPassword: password })).toEqual({ password: COMMON_MESSAGE });
  });

  it("refuses a common new password when changing it", () => {
    const r = changePasswordSchema.safeParse({ currentPassword: "my old passphrase", newPassword: "qwerty123456", confirmPassword: "qwerty123456" });
    expect(r.success ? {} : fieldErrorsOf(r.error)).toEqual({ newPassword: COMMON_MESSAGE });
  });

  it("accepts an uncommon one", () => {
    for (const password of ["violet lantern orbit", "0123456789", "Tq7!mZ2#pLw9"]) {
      expect(errorsOf({ name: "A", email: "a@b.co", password, confirmPassword: password })).toEqual({});
    }
  });

  it("says the length first for a short common password", () => {
    expect(errorsOf({ name: "A", email: "a@b.co", password: "short", confirmPassword: "short" })).toEqual({ password: "Use at least 10 characters." });
  });
});
