import { describe, expect, it } from "vitest";
import { fmt, fmtBytes, fmtOperand, groupThousands } from "./format";

describe("fmt", () => {
  it("groups whole numbers and trims others to 6 significant digits", () => {
    expect(fmt(1966336)).toBe("1,966,336");
    expect(fmt(0.7310585786300049)).toBe("0.731059");
    expect(fmt(2.5e-7)).toBe("2.5e-7");
    expect(fmt(-3)).toBe("-3");
    expect(fmt(-0)).toBe("0");
  });
});

describe("fmtBytes", () => {
  it("shows binary and decimal units", () => {
    expect(fmtBytes(42_949_672_960)).toBe("42,949,672,960 B = 40 GiB = 42.95 GB");
    expect(fmtBytes(512)).toBe("512 B");
  });
});

describe("fmtOperand", () => {
  it("puts negatives in parentheses", () => {
    expect(fmtOperand(-0.4)).toBe("(-0.4)");
    expect(fmtOperand(2)).toBe("2");
    expect(fmtOperand(-0)).toBe("0");
  });
});

describe("groupThousands", () => {
  it.each([
    ["0", "0"],
    ["999", "999"],
    ["1000", "1,000"],
    ["-1234567.25", "-1,234,567.25"],
    ["123456", "123,456"],
    ["1e+21", "1e+21"],
  ])("%s → %s", (plain, grouped) => {
    expect(groupThousands(plain)).toBe(grouped);
  });
});
