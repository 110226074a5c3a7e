import { describe, expect, it } from "vitest";
import { parseGift } from "./parse-gift";

const errorsOf = (text: string) => parseGift(text).errors.map((e) => `line ${e.line}: ${e.message}`);

describe("parseGift: errors name the line and the reason", () => {
  it.each([
    ["an unclosed {", "::Q:: Question text\n\n::R:: Other {=a\n~b\n\n::S:: Fine? {T}", "line 3: unclosed {"],
    ["a { inside an answer block", "Text {=a ~b {c}", "line 1: unclosed { (another { starts on line 1 before a }); write \\{ for a literal brace"],
    ["a } without {", "Line one\nline two } here", "line 2: } without an opening {"],
    ["a second answer block", "First {T} then\n{F}", "line 2: a second answer block; a question has exactly one {…}"],
    ["an unclosed title", "::Title without end {T}", "line 1: the title opened with :: is not closed with ::"],
    ["no question text", "::T:: {T}", "line 1: the question has no text before {"],
    ["text before the first answer", "Q? {\nmaybe =a ~b}", 'line 2: "maybe" comes before the first answer; answers start with = (right) or ~ (wrong)'],
    ["no fully correct choice", "\n\nQ? {\n~a\n~b\n}", "line 3: multiple choice needs exactly one fully correct answer (=) or weights summing to 100%"],
    ["two fully correct choices", "Q? {=a =b ~c}", "line 1: multiple choice needs exactly one fully correct answer (=) or weights summing to 100%"],
    ["weights not summing to 100%", "Q? {~%40%a ~%40%b ~c}", "line 1: multiple choice needs exactly one fully correct answer (=) or weights summing to 100%"],
    ["a single choice", "Q? {~a}", "line 1: multiple choice needs at least two answers"],
    ["an empty answer", "Q? {=a\n~#feedback only}", "line 2: an answer after ~ is empty"],
    ["a weight out of range", "Q? {=a ~%150%b}", "line 1: the weight %150% is not a percentage between -100 and 100"],
    ["a weight that isn't a number", "Q? {=a ~%half%b}", "line 1: the weight %half% is not a percentage between -100 and 100"],
    ["short answer without a full answer", "Q? {=%50%a}", "line 1: short answer needs at least one fully correct answer (= without a lower weight)"],
    ["a bad matching pair", "Q? {=a -> 1\n=b}", "line 2: matching pairs are written =left -> right, every one of them"],
    ["a single matching pair", "Q? {=a -> 1}", "line 1: matching needs at least two pairs"],
    ["a numeric block without a number", "Q? {#}", "line 1: numeric answer: no number after #"],
    ["a numeric answer that isn't a number", "Q?\n{#\n=abc:1}", 'line 3: numeric answer "abc" is not a number'],
    ["a tolerance that isn't a number", "Q? {#5:x}", 'line 1: tolerance "x" of 5 is not a number'],
    ["a negative tolerance", "Q? {#5:-1}", "line 1: tolerance -1 of 5 is negative"],
    ["two colons", "Q? {#5:1:2}", 'line 1: numeric answer "5:1:2" has more than one ":"; write value:tolerance'],
    ["a reversed range", "Q? {#5..3}", "line 1: numeric range 5..3: the minimum is above the maximum"],
    ["a range with a non-number", "Q? {#a..3}", 'line 1: numeric range "a..3" is not written min..max with two numbers'],
    ["a wrong numeric answer marked ~", "Q? {#\n=5\n~6}", "line 3: numeric answers start with = (give wrong values a weight of 0 with =%0%)"],
    ["a numeric question without a full answer", "Q? {#=%50%5}", "line 1: numeric question needs one fully correct answer (= or a plain number)"],
    ["three true/false feedbacks", "Q? {T#a#b#c}", "line 1: true/false takes at most two feedbacks: {T#shown if wrong#shown if right}"],
    ["an empty category", "$CATEGORY:   \n\nQ? {T}", "line 1: $CATEGORY: needs a category path after the colon"],
  ])("%s", (_name, source, expected) => {
    expect(errorsOf(source)).toEqual([expected]);
  });

  it("reports every broken question, keeps the valid ones, and stays in step after an error", () => {
    const source = ["::A:: Fine? {T}", "", "::B:: Broken {=a", "~b", "", "::C:: Also fine? {F}", "", "::D:: Two right {=a =b ~c}", "", "::E:: Last {#x}"].join("\n");
    const r = parseGift(source);
    expect(r.questions.map((q) => q.title)).toEqual(["A", "C"]);
    expect(r.errors).toEqual([
      { line: 3, message: "unclosed {" },
      { line: 8, message: "multiple choice needs exactly one fully correct answer (=) or weights summing to 100%" },
      { line: 10, message: 'numeric answer "x" is not a number' },
    ]);
  });
});
