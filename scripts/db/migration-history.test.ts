import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { matchesChecksum } from "./migration-history";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("matchesChecksum", () => {
  const script = 'CREATE TABLE "A" ("id" TEXT);\n\nCREATE TABLE "B" ("id" TEXT);\n';

  it("accepts the script the checksum was taken of", () => {
    expect(matchesChecksum(script, sha256(script))).toBe(true);
  });

  it("ignores line endings changed by git, either way", () => {
    const crlf = script.replaceAll("\n", "\r\n");
    expect(matchesChecksum(crlf, sha256(script))).toBe(true);
    expect(matchesChecksum(script, sha256(crlf))).toBe(true);
  });

  it("rejects any other change", () => {
    expect(matchesChecksum(`${script}-- edited\n`, sha256(script))).toBe(false);
  });
});
