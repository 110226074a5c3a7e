import { describe, expect, it } from "vitest";
import { readMoodleXml } from "./read-moodle-xml";
import { writeMoodleXml } from "./write-moodle-xml";

describe("writeMoodleXml", () => {
  it("writes comments that stay well-formed: no -- inside, no - at the end", () => {
    for (const comment of ["a--b", "a---b", "a----b", "ends with -", "--", "-"]) {
      const xml = writeMoodleXml([], [comment]);
      const body = /<!-- (.*) -->/.exec(xml)![1]!;
      expect(body).not.toMatch(/--/);
      expect(body).not.toMatch(/-$/);
      expect(body.replace(/ /g, "")).toBe(comment.replace(/ /g, ""));
      expect(readMoodleXml(xml).errors).toEqual([]);
    }
  });
});
