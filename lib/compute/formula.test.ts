import { describe, expect, it } from "vitest";
import { evaluateFormula } from "./formula-evaluate";
import { formulaVariables, parseFormula } from "./formula-parse";

const run = (formula: string, values: Record<string, number> = {}) => evaluateFormula(formula, (n) => values[n]!).value;

describe("formula answers", () => {
  it("evaluates Moodle's arithmetic with PHP precedence", () => {
    expect(run("{a}*{b}/2", { a: 3, b: 4 })).toBe(6);
    expect(run("1 + 2 * 3")).toBe(7);
    expect(run("-2 ** 2")).toBe(-4);
    expect(run("2 ** 3 ** 2")).toBe(512);
    expect(run("2 ^ 10")).toBe(1024);
    expect(run("7 % 3")).toBe(1);
    expect(run("7.9 % 3.2")).toBe(1);
    expect(run("fmod(7.5, 2)")).toBe(1.5);
  });

  it("compares and chooses as PHP does: a comparison is 1 or 0, only the branch taken runs", () => {
    expect(run("{a} > {b} ? {a} : {b}", { a: 3, b: 7 })).toBe(7);
    expect(run("({a} >= 3) + ({a} == 3) + ({a} != 3) + ({a} <> 3) + ({a} === 3)", { a: 3 })).toBe(3);
    expect(run("!{a} + !0", { a: 5 })).toBe(1);
    expect(run("{a} == 0 ? 0 : 1 / {a}", { a: 0 })).toBe(0);
    expect(run("1 < 2 ? 2 < 1 ? 10 : 20 : 30")).toBe(20);
    expect(formulaVariables(parseFormula("{t} ? {x} : {y}"))).toEqual(["t", "x", "y"]);
  });

  it("knows Moodle's functions", () => {
    expect(run("pi()")).toBeCloseTo(Math.PI);
    expect(run("sqrt({x}) + pow(2, 3) + abs(-1)", { x: 16 })).toBe(13);
    expect(run("log(exp(2))")).toBeCloseTo(2);
    expect(run("log(8, 2)")).toBeCloseTo(3);
    expect(run("round(2.5) + round(-2.5) + round(1.2345, 2)")).toBeCloseTo(1.23);
    expect(run("max(1, 5, 3) - min(4, 2)")).toBe(3);
    expect(run("atan2(1, 1) * 4")).toBeCloseTo(Math.PI);
    expect(run("rad2deg(pi())")).toBeCloseTo(180);
  });

  it("lists the parameters a formula reads, with preset fields", () => {
    expect(formulaVariables(parseFormula("{a} * {model.layers} + {a}"))).toEqual(["a", "model.layers"]);
  });

  it("refuses anything that isn't arithmetic", () => {
    expect(() => parseFormula("exit(1)")).toThrow(/Unknown function "exit"/);
    expect(() => parseFormula("process.exit()")).toThrow(/can't appear/);
    expect(() => parseFormula("a + 1")).toThrow(/Unknown function "a"|Expected "\("/);
    expect(() => parseFormula("{a} + ")).toThrow(/ends too early/);
    expect(() => parseFormula("{a}; 1")).toThrow(/can't appear/);
    expect(() => parseFormula("sqrt(1, 2)")).toThrow(/takes 1 argument/);
    expect(() => parseFormula("max(1)")).toThrow(/takes at least 2 arguments/);
    expect(() => parseFormula("1 ? 2")).toThrow(/Expected ":"/);
    expect(() => parseFormula("{1a}")).toThrow(/not a parameter/);
    expect(() => parseFormula("(".repeat(200) + "1" + ")".repeat(200))).toThrow(/nests too deeply/);
    expect(() => parseFormula("")).toThrow(/empty/);
  });

  it("knows only its own functions, not the names every object inherits", () => {
    for (const name of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"]) {
      expect(() => parseFormula(`${name}(1)`)).toThrow(new RegExp(`Unknown function "${name}"`));
    }
    expect(() => run("{a} > 5 ? constructor(1) : {a}", { a: 6 })).toThrow(/Unknown function "constructor"/);
  });

  it("refuses results that are no finite number", () => {
    expect(() => run("sqrt(-1)")).toThrow(/not a finite number/);
    expect(() => run("1 / {a}", { a: 0 })).toThrow(/division by zero/);
  });

  it("shows the formula with the numbers in", () => {
    expect(evaluateFormula("{a} * {b} / 2", (n) => ({ a: 3, b: -4 })[n]!).steps()).toEqual(["Formula: {a} * {b} / 2.", "3 * (-4) / 2 = -6."]);
  });
});
