import { describe, expect, it } from "vitest";
import { escapeGift, indexOfUnescaped, splitUnescaped, unescapeGift } from "./escape";

describe("GIFT escapes", () => {
  it("escapes every special character, backslashes and line breaks", () => {
    expect(escapeGift("a:b~c=d#e{f}g\\h\r\ni")).toBe("a\\:b\\~c\\=d\\#e\\{f\\}g\\\\h\\ni");
  });

  it("unescapes what it escaped", () => {
    for (const text of ["", "plain", "a:b~c=d#e{f}g\\h\ni", "$\\alpha + \\nabla$", "ends with \\"]) {
      expect(unescapeGift(escapeGift(text))).toBe(text);
    }
  });

  it("keeps a backslash before an ordinary character, and a trailing one", () => {
    expect(unescapeGift("$\\alpha$ \\")).toBe("$\\alpha$ \\");
  });

  it("finds and splits at unescaped separators only", () => {
    expect(indexOfUnescaped("a\\#b#c", "#")).toBe(4);
    expect(indexOfUnescaped("a\\\\#b", "#")).toBe(3);
    expect(splitUnescaped("x\\#y#z#", "#")).toEqual([
      { part: "x\\#y", offset: 0 },
      { part: "z", offset: 5 },
      { part: "", offset: 7 },
    ]);
  });
});
