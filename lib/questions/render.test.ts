import { describe, expect, it } from "vitest";
import { formatQuantity, formatSignificant, renderPlaceholders, unresolvedPlaceholders } from "./render";

const values = { n: 4096, model: { preset: "llama-3-70b", label: "Llama 3 70B", values: { layers: 80 } as never } };

describe("renderPlaceholders", () => {
  it("fills parameters and preset fields, leaving KaTeX groups alone", () => {
    expect(renderPlaceholders("$n = {n}$ tokens on {model} ({model.layers} layers)", values)).toBe("$n = 4,096$ tokens on Llama 3 70B (80 layers)");
    const tex = "$2 \\times L \\times h_{kv} \\times d_{head}$, $\\frac{a}{b}$, $2^{n}$, $\\sqrt{d}$";
    expect(renderPlaceholders(tex, values)).toBe(tex);
    expect(unresolvedPlaceholders(tex)).toEqual([]);
  });

  it("reports unknown placeholders", () => {
    expect(unresolvedPlaceholders(renderPlaceholders("with {layers} layers and {model.nope}", values))).toEqual(["{layers}", "{model.nope}"]);
  });
});

describe("formatting answers", () => {
  it("rounds to significant digits and converts to the display unit", () => {
    expect(formatSignificant(1966336, 3)).toBe("1,966,336");
    expect(formatSignificant(0.73105857, 3)).toBe("0.731");
    expect(formatQuantity(2 ** 30 * 40, "B", { unit: "GiB", digits: 3 })).toBe("40 GiB");
    expect(formatQuantity(70.55e9 * 2, "B", { unit: "GB", digits: 4 })).toBe("141.1 GB");
    expect(formatQuantity(4.125, "b", { unit: "b", digits: 4 })).toBe("4.125 bits");
    expect(formatQuantity(0.7311, "", { unit: "%", digits: 3 })).toBe("73.1 %");
    expect(formatQuantity(Math.PI, "rad", { unit: "deg", digits: 3 })).toBe("180 deg");
  });
});
