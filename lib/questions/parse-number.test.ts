import { describe, expect, it } from "vitest";
import { parseNumberWithUnit } from "./parse-number";

describe("parseNumberWithUnit", () => {
  it.each([
    ["35 GB", 35, "GB"],
    ["32.6GiB", 32.6, "GiB"],
    ["3.5e10 B", 3.5e10, "B"],
    ["35,000,000,000 bytes", 35e9, "bytes"],
    ["35 000 000 000", 35e9, ""],
    ["1.2 M", 1.2, "M"],
    ["−0.25", -0.25, ""],
    ["4.1 × 10^3 tokens", 4100, "tokens"],
    ["73 %", 73, "%"],
    ["0,5", 0.5, ""],
    [".5", 0.5, ""],
    ["  7B ", 7, "B"],
  ])("reads %s", (input, value, unit) => {
    expect(parseNumberWithUnit(input)).toEqual({ value, unit });
  });

  it.each(["", "   ", "GB", "abc", "1.2.3", "--5", "5 5"])("refuses %j", (input) => {
    expect(parseNumberWithUnit(input)).toBeNull();
  });
});
