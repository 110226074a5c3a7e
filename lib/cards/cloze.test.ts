import { describe, expect, it } from "vitest";
import { ClozeSyntaxError, clozeNumbers, parseCloze, renderClozeBack, renderClozeFront } from "./cloze";

const TEXT = "INT8 absmax uses codes {{c1::−127 … 127}}; INT4 uses {{c2::−7 … 7::range}}, and {{c1::−128}} stays unused.";

describe("parseCloze", () => {
  it("splits text and deletions, with optional hints", () => {
    expect(parseCloze("a {{c1::b}} c {{c2::d::e}}")).toEqual([
      { kind: "text", text: "a " },
      { kind: "deletion", number: 1, answer: "b" },
      { kind: "text", text: " c " },
      { kind: "deletion", number: 2, answer: "d", hint: "e" },
    ]);
  });

  it("keeps KaTeX braces inside an answer", () => {
    expect(parseCloze("step $\\Delta = {{c1::\\frac{\\max|x|}{2^{b-1}-1}}}$")).toEqual([
      { kind: "text", text: "step $\\Delta = " },
      { kind: "deletion", number: 1, answer: "\\frac{\\max|x|}{2^{b-1}-1}" },
      { kind: "text", text: "$" },
    ]);
  });

  it("treats a stray }} outside a deletion as text", () => {
    expect(parseCloze("$2^{2^{b}}$ is {{c1::big}}")).toHaveLength(2);
  });

  it("returns plain text when there is no deletion", () => {
    expect(parseCloze("no deletions")).toEqual([{ kind: "text", text: "no deletions" }]);
    expect(clozeNumbers("no deletions")).toEqual([]);
  });

  it.each([
    ["an unclosed {{", "a {{c1::b", /never closed/],
    ["an unclosed {{ with a nested brace left open", "a {{c1::{b}", /never closed/],
    ["an empty answer", "a {{c1::}} b", /empty answer/],
    ["a blank answer", "a {{c1::  ::hint}} b", /empty answer/],
    ["an empty hint", "a {{c1::b::}}", /empty hint/],
    ["c0", "a {{c0::b}}", /start at c1/],
    ["c501", "a {{c501::b}}", /go up to c500/],
    ["c3000000000", "a {{c3000000000::b}}", /go up to c500/],
    ["a missing number", "a {{c::b}}", /should look like/],
    ["a single colon", "a {{c1:b}}", /should look like/],
    ["two hints", "a {{c1::b::c::d}}", /more than one "::"/],
  ])("rejects %s", (_label, text, message) => {
    expect(() => parseCloze(text)).toThrow(ClozeSyntaxError);
    expect(() => parseCloze(text)).toThrow(message);
  });

  it("reports where the bad deletion starts", () => {
    try {
      parseCloze("ok {{c1::x}} then {{c0::y}}");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ClozeSyntaxError);
      expect((e as ClozeSyntaxError).index).toBe(18);
    }
  });
});

describe("clozeNumbers", () => {
  it("lists each number once, ascending", () => {
    expect(clozeNumbers(TEXT)).toEqual([1, 2]);
    expect(clozeNumbers("{{c3::a}} {{c1::b}} {{c3::c}} {{c10::d}}")).toEqual([1, 3, 10]);
  });
});

describe("renderClozeFront / renderClozeBack", () => {
  it("hides every deletion of card n and shows the others as plain text", () => {
    expect(renderClozeFront(TEXT, 1)).toBe("INT8 absmax uses codes […]; INT4 uses −7 … 7, and […] stays unused.");
    expect(renderClozeFront(TEXT, 2)).toBe("INT8 absmax uses codes −127 … 127; INT4 uses [range], and −128 stays unused.");
  });

  it("highlights deletion n on the back", () => {
    expect(renderClozeBack(TEXT, 1)).toBe("INT8 absmax uses codes **−127 … 127**; INT4 uses −7 … 7, and **−128** stays unused.");
    expect(renderClozeBack(TEXT, 2)).toBe("INT8 absmax uses codes −127 … 127; INT4 uses **−7 … 7**, and −128 stays unused.");
  });

  it("rejects a card number the text does not have", () => {
    expect(() => renderClozeFront(TEXT, 3)).toThrow(/no deletion c3 \(it has: c1, c2\)/);
    expect(() => renderClozeBack("plain", 1)).toThrow(/it has: none/);
  });

  it("propagates syntax errors", () => {
    expect(() => renderClozeFront("{{c1::a", 1)).toThrow(ClozeSyntaxError);
  });
});
