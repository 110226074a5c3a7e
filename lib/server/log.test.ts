import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable, summarizeError } from "./log";

describe("isDatabaseUnreachable", () => {
  it("recognises connection failures, also when wrapped", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("outer", { cause: { code: "P1001" } }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("Can't reach database server at localhost:5432"))).toBe(true);
  });
  it("ignores ordinary errors", () => {
    expect(isDatabaseUnreachable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});

describe("summarizeError", () => {
  it("keeps the telling line of a multi-line Prisma message", () => {
    const prisma = new Error("\nInvalid `prisma.user.findFirst()` invocation:\n\n\nCan't reach database server at 127.0.0.1:5432");
    expect(summarizeError(prisma)).toBe("Can't reach database server at 127.0.0.1:5432");
    expect(summarizeError(new Error(""))).toBe("Error");
    expect(summarizeError("x".repeat(400))).toHaveLength(300);
  });
});
