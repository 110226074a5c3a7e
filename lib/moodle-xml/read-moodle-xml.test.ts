import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseXml, piecesOf, xmlReader } from "./parse-xml";
import { readMoodleXml } from "./read-moodle-xml";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("readMoodleXml", () => {
  it("reads every supported type of a bank in Moodle's structure, with lines and categories", () => {
    const { questions, errors, warnings } = readMoodleXml(fixture("question-bank.xml"));
    expect(errors).toEqual([]);
    expect(questions.map((q) => [q.line, q.type, q.category])).toEqual([
      [15, "multichoice", "$course$/top/Quantization/memory"],
      [64, "multichoice", "$course$/top/Quantization/memory"],
      [92, "truefalse", "$course$/top/Quantization/memory"],
      [117, "shortanswer", "$course$/top/Quantization/memory"],
      [140, "numerical", "$course$/top/Quantization/memory"],
      [184, "matching", "$course$/top/PEFT"],
      [222, "calculated", "$course$/top/PEFT"],
      [320, "calculated", "$course$/top/PEFT"],
      [391, "calculatedsimple", "$course$/top/RoPE/scaling"],
    ]);
    expect(warnings).toEqual([{ line: 505, message: `"Explain position interpolation": skipped: Moodle's "essay" questions can't be imported (essays are graded by hand)` }]);
  });

  it("reads a shared dataset with its items in item-number order", () => {
    const q = readMoodleXml(fixture("question-bank.xml")).questions.find((x) => x.name === "LoRA parameters of one matrix")!;
    expect(q).toMatchObject({
      kind: "calculated",
      simple: false,
      answers: [{ text: { text: "2*{d}*{r}" }, tolerance: 0.01, toleranceType: 1, answerFormat: 2, answerLength: 4 }],
      datasets: [
        { name: "d", status: "shared", distribution: "uniform", min: 1024, max: 8192, decimals: 0, items: [{ number: 1, value: 1024 }, { number: 2, value: 4096 }, { number: 3, value: 8192 }] },
        { name: "r", status: "private", items: [{ number: 1, value: 8 }, { number: 2, value: 16 }, { number: 3, value: 64 }] },
      ],
    });
  });

  it("reads units with their grading and multipliers", () => {
    const q = readMoodleXml(fixture("question-bank.xml")).questions.find((x) => x.kind === "numerical")!;
    expect(q).toMatchObject({
      answers: [{ fraction: 100, tolerance: 0.5, text: { text: "14" } }],
      units: { units: [{ name: "GB", multiplier: 1 }, { name: "MB", multiplier: 1000 }], gradingType: 1, penalty: 0.1, showUnits: 0 },
    });
  });

  it("refuses a document type declaration, so no entity is ever defined or expanded", () => {
    const { questions, errors } = readMoodleXml(fixture("entity-expansion.xml"));
    expect(questions).toEqual([]);
    expect(errors).toEqual([{ line: expect.any(Number), message: expect.stringMatching(/document type declaration/) }]);
    expect(errors[0]!.line).toBe(2);
  });

  it("refuses an entity it doesn't know, and a malformed file at its line", () => {
    expect(readMoodleXml("<quiz>\n<question type='truefalse'>&secret;</question></quiz>").errors).toEqual([{ line: 2, message: "the XML is malformed: undefined entity" }]);
    expect(readMoodleXml(fixture("malformed.xml")).errors).toEqual([{ line: 12, message: expect.stringMatching(/the XML is malformed/) }]);
  });

  it("reads Moodle's older type names and course tags, and skips Cloze with a reason", () => {
    const { questions, warnings } = readMoodleXml(
      [
        "<quiz>",
        '<question type="match"><name><text>Old name</text></name><questiontext><text>Match these two pairs.</text></questiontext>',
        "<subquestion><text>a</text><answer><text>1</text></answer></subquestion><subquestion><text>b</text><answer><text>2</text></answer></subquestion>",
        "<tags><tag><text>Week 1</text></tag></tags><coursetags><tag><text>exam</text></tag></coursetags></question>",
        '<question type="cloze"><name><text>Gaps</text></name><questiontext><text>{1:SHORTANSWER:=x}</text></questiontext></question>',
        "</quiz>",
      ].join("\n"),
    );
    expect(questions).toMatchObject([{ kind: "matching", tags: ["Week 1", "exam"], subquestions: [{ answer: "1" }, { answer: "2" }] }]);
    expect(warnings).toEqual([{ line: 5, message: `"Gaps": skipped: Moodle's "cloze" questions can't be imported (embedded answers (Cloze) hold several questions in one text)` }]);
  });

  it("skips a type named like an object's own property with the plain reason", () => {
    const { warnings } = readMoodleXml('<quiz>\n<question type="constructor"/>\n<question type="__proto__"/>\n<question type="toString"/>\n</quiz>');
    expect(warnings.map((w) => w.message)).toEqual(
      ["constructor", "__proto__", "toString"].map((type) => `skipped: Moodle's "${type}" questions can't be imported (Quizformer has no such question type)`),
    );
  });

  it("gives the line a start tag opens on, even when a line break follows its name", () => {
    const { questions } = readMoodleXml('<quiz>\n<question\ntype="truefalse"\n>\n<name\n><text>True or false?</text></name></question>\n<question type="truefalse"><name><text>N</text></name></question></quiz>');
    expect(questions.map((q) => q.line)).toEqual([2, 7]);
    expect(parseXml("<quiz\n>\n<a\r\nb='1'/></quiz>").children[0]!.line).toBe(3);
  });

  it("refuses a <text> holding elements rather than dropping their words, and reads the same HTML escaped or in CDATA", () => {
    const question = (text: string) =>
      `<quiz>\n<question type="shortanswer"><name><text>N</text></name>\n<questiontext format="html"><text>${text}</text></questiontext><answer fraction="100"><text>x</text></answer></question></quiz>`;
    expect(readMoodleXml(question("Which <b>bold</b> word is here?"))).toMatchObject({ questions: [], errors: [{ line: 3, message: expect.stringMatching(/<text> holds the element <b>.*CDATA/) }] });
    expect(readMoodleXml(question("Which &lt;b&gt;bold&lt;/b&gt; word is here?")).questions[0]!.questionText.text).toBe("Which <b>bold</b> word is here?");
    expect(readMoodleXml(question("<![CDATA[Which <b>bold</b> word is here?]]>")).questions[0]!.questionText.text).toBe("Which <b>bold</b> word is here?");
  });

  it("wants a <quiz> root", () => {
    expect(readMoodleXml("<questions/>").errors).toEqual([{ line: 1, message: "a Moodle XML file starts with <quiz>, not <questions>" }]);
  });
});

describe("xmlReader", () => {
  it("reads a file written a piece at a time as it reads it whole, never splitting a surrogate pair", () => {
    const text = fixture("question-bank.xml").replace("Bits of int8", "Bits of int8 🧮");
    const pieces = piecesOf(text, 7);
    expect(pieces.join("")).toBe(text);
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    const reader = xmlReader();
    for (const piece of pieces) reader.write(piece);
    expect(reader.close()).toEqual(parseXml(text));
  });
});
