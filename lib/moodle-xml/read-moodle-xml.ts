import type { MoodleAnswer, MoodleCalculatedAnswer, MoodleDataset, MoodleExtra, MoodleIssue, MoodleQuestion, MoodleQuestionBase, MoodleText, MoodleUnits } from "./moodle-types";
import { child, childrenNamed, parseXml, textOf, XmlError, type XmlElement } from "./parse-xml";

export type MoodleReadResult = { questions: MoodleQuestion[]; errors: MoodleIssue[]; warnings: MoodleIssue[] };

/** The question types read here; others are skipped with a warning (Moodle has many plugins). */
const READ_TYPES = new Set(["multichoice", "truefalse", "shortanswer", "numerical", "matching", "match", "calculated", "calculatedsimple"]);

// Maps, not objects: the type comes from the file, and "constructor" must not find Object's.
const WHY_SKIPPED: ReadonlyMap<string, string> = new Map(Object.entries({
  description: "a description is text without a question",
  essay: "essays are graded by hand",
  multianswer: "embedded answers (Cloze) hold several questions in one text",
  cloze: "embedded answers (Cloze) hold several questions in one text",
  calculatedmulti: "calculated multiple choice computes its choices by formulas; import it as a calculated question instead",
  ddwtos: "drag-and-drop into text has no Quizformer equivalent",
  gapselect: "select missing words has no Quizformer equivalent",
  ddimageortext: "drag-and-drop onto an image has no Quizformer equivalent",
  ddmarker: "drag-and-drop markers have no Quizformer equivalent",
  randomsamatch: "random short-answer matching draws from other questions",
  random: "a random question is a slot of a Moodle quiz, not a question",
}));

// Child elements every question type's reader takes; anything else becomes an extra for the mapping to judge.
const COMMON = ["name", "questiontext", "generalfeedback", "tags", "coursetags"];
const READ_BY_TYPE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  multichoice: ["answer", "single"],
  truefalse: ["answer"],
  shortanswer: ["answer", "usecase"],
  numerical: ["answer", "units", "unitgradingtype", "unitpenalty", "showunits"],
  matching: ["subquestion"],
  match: ["subquestion"],
  calculated: ["answer", "units", "unitgradingtype", "unitpenalty", "showunits", "dataset_definitions"],
  calculatedsimple: ["answer", "units", "unitgradingtype", "unitpenalty", "showunits", "dataset_definitions"],
}));

class QuestionError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * A Moodle XML file (`<quiz>` of `<question>` elements) as typed questions. The categories'
 * pseudo-questions set the category of the questions after them. A question that can't be read
 * is an error at its line; a type Quizformer doesn't take is a warning (skipped).
 */
export function readMoodleXml(source: string): MoodleReadResult {
  let root: XmlElement;
  try {
    root = parseXml(source);
  } catch (error) {
    return xmlFailure(error);
  }
  return readMoodleTree(root);
}

/** A reading that failed on the XML itself: the one error, at its line. */
export function xmlFailure(error: unknown): MoodleReadResult {
  if (error instanceof XmlError) return { questions: [], errors: [{ line: error.line, message: error.message }], warnings: [] };
  throw error;
}

/** `readMoodleXml` over a tree already read (e.g. a piece at a time by `xmlReader`). */
export function readMoodleTree(root: XmlElement): MoodleReadResult {
  const errors: MoodleIssue[] = [];
  const warnings: MoodleIssue[] = [];
  if (root.name !== "quiz") return { questions: [], errors: [{ line: root.line, message: `a Moodle XML file starts with <quiz>, not <${root.name}>` }], warnings };

  const questions: MoodleQuestion[] = [];
  let category: string | undefined;
  for (const element of root.children) {
    if (element.name !== "question") {
      warnings.push({ line: element.line, message: `<${element.name}> is not a question; skipped` });
      continue;
    }
    const type = element.attributes.type ?? "";
    if (type === "category") {
      category = textOf(child(element, "category"))?.trim() || undefined;
      continue;
    }
    if (!READ_TYPES.has(type)) {
      const name = textOf(child(element, "name"))?.trim();
      warnings.push({ line: element.line, message: `${name ? `"${name}": ` : ""}skipped: Moodle's "${type || "untyped"}" questions can't be imported (${WHY_SKIPPED.get(type) ?? "Quizformer has no such question type"})` });
      continue;
    }
    try {
      questions.push(readQuestion(element, type, category));
    } catch (error) {
      if (error instanceof QuestionError) errors.push({ line: error.line, message: error.message });
      else throw error;
    }
  }
  return { questions, errors, warnings };
}

function readText(element: XmlElement | undefined, fallbackFormat = "html"): MoodleText {
  return { text: (textOf(element) ?? "").trim(), format: element?.attributes.format ?? fallbackFormat };
}

/** A number Moodle wrote; Moodle writes decimals with a point. */
function numberIn(element: XmlElement | undefined, what: string, line: number, fallback?: number): number {
  const raw = textOf(element)?.trim();
  if (raw === undefined || raw === "") {
    if (fallback !== undefined) return fallback;
    throw new QuestionError(`${what} is missing`, element?.line ?? line);
  }
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new QuestionError(`${what} "${raw}" is not a number`, element?.line ?? line);
  return n;
}

const flag = (element: XmlElement | undefined, fallback: boolean) => {
  const raw = textOf(element)?.trim().toLowerCase();
  return raw === undefined || raw === "" ? fallback : raw === "1" || raw === "true";
};

function readAnswer(a: XmlElement): MoodleAnswer {
  const feedback = child(a, "feedback");
  return {
    line: a.line,
    fraction: numberIn({ ...a, children: [], text: a.attributes.fraction ?? "0" }, "the answer's fraction", a.line),
    text: readText(a, a.attributes.format ?? "moodle_auto_format"),
    ...(feedback && textOf(feedback)?.trim() ? { feedback: readText(feedback) } : {}),
  };
}

function readUnits(q: XmlElement): MoodleUnits {
  const units = childrenNamed(child(q, "units"), "unit").map((u) => ({
    name: textOf(child(u, "unit_name"))?.trim() ?? "",
    multiplier: numberIn(child(u, "multiplier"), "a unit's multiplier", u.line, 1),
  }));
  return {
    units,
    gradingType: numberIn(child(q, "unitgradingtype"), "unitgradingtype", q.line, 0),
    penalty: numberIn(child(q, "unitpenalty"), "unitpenalty", q.line, 0),
    showUnits: numberIn(child(q, "showunits"), "showunits", q.line, 3),
    line: child(q, "units")?.line ?? q.line,
  };
}

function readDataset(d: XmlElement): MoodleDataset {
  const name = textOf(child(d, "name"))?.trim() ?? "";
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) throw new QuestionError(`the wildcard name "${name}" can't be a parameter name (letters, digits and _)`, d.line);
  const status = textOf(child(d, "status"))?.trim() === "shared" ? "shared" : "private";
  const items = childrenNamed(child(d, "dataset_items"), "dataset_item").map((item) => ({
    number: numberIn(child(item, "number"), `item number of {${name}}`, item.line),
    value: numberIn(child(item, "value"), `item value of {${name}}`, item.line),
  }));
  return {
    line: d.line,
    name,
    status,
    distribution: textOf(child(d, "distribution"))?.trim() || "uniform",
    min: numberIn(child(d, "minimum"), `the minimum of {${name}}`, d.line),
    max: numberIn(child(d, "maximum"), `the maximum of {${name}}`, d.line),
    decimals: numberIn(child(d, "decimals"), `the decimals of {${name}}`, d.line, 0),
    items: items.sort((x, y) => x.number - y.number),
  };
}

/**
 * The first `<text>` holding elements of its own. Moodle writes HTML in a `<text>` escaped or in
 * CDATA, so an element there means a hand-edited file; only the text around it would be read.
 */
function markupInText(element: XmlElement): XmlElement | undefined {
  for (const c of element.children) {
    const found = c.name === "text" && c.children.length ? c : markupInText(c);
    if (found) return found;
  }
  return undefined;
}

function readQuestion(q: XmlElement, type: string, category: string | undefined): MoodleQuestion {
  const markup = markupInText(q);
  if (markup) {
    throw new QuestionError(
      `a <text> holds the element <${markup.children[0]!.name}>, whose words would be lost: Moodle writes HTML in <text> escaped (&lt;b&gt;) or inside <![CDATA[ … ]]>; write it so`,
      markup.line,
    );
  }
  const read = new Set([...COMMON, ...(READ_BY_TYPE.get(type) ?? [])]);
  const extras: MoodleExtra[] = q.children.filter((c) => !read.has(c.name)).map((c) => ({ name: c.name, line: c.line, value: (textOf(c) ?? "").trim() }));
  for (const part of ["questiontext", "generalfeedback"]) {
    for (const file of childrenNamed(child(q, part), "file")) extras.push({ name: "file", line: file.line, value: file.attributes.name ?? "" });
  }
  const base: MoodleQuestionBase = {
    line: q.line,
    type,
    name: textOf(child(q, "name"))?.trim() ?? "",
    questionText: readText(child(q, "questiontext")),
    ...(textOf(child(q, "generalfeedback"))?.trim() ? { generalFeedback: readText(child(q, "generalfeedback")) } : {}),
    category,
    tags: [...childrenNamed(child(q, "tags"), "tag"), ...childrenNamed(child(q, "coursetags"), "tag")].map((t) => textOf(t)?.trim() ?? "").filter(Boolean),
    extras,
  };
  const answers = () => childrenNamed(q, "answer").map(readAnswer);
  switch (type) {
    case "multichoice":
      return { ...base, kind: "multichoice", single: flag(child(q, "single"), true), answers: answers() };
    case "truefalse":
      return { ...base, kind: "truefalse", answers: answers() };
    case "shortanswer":
      return { ...base, kind: "shortanswer", caseSensitive: flag(child(q, "usecase"), false), answers: answers() };
    case "numerical":
      return {
        ...base,
        kind: "numerical",
        answers: childrenNamed(q, "answer").map((a) => ({ ...readAnswer(a), tolerance: numberIn(child(a, "tolerance"), "the tolerance", a.line, 0) })),
        units: readUnits(q),
      };
    case "matching":
    case "match":
      return {
        ...base,
        kind: "matching",
        subquestions: childrenNamed(q, "subquestion").map((s) => ({ line: s.line, text: readText(s), answer: (textOf(child(s, "answer")) ?? "").trim() })),
      };
    default: {
      const calculated: MoodleCalculatedAnswer[] = childrenNamed(q, "answer").map((a) => ({
        ...readAnswer(a),
        text: { text: (textOf(a) ?? "").trim(), format: "plain_text" },
        tolerance: numberIn(child(a, "tolerance"), "the tolerance", a.line, 0),
        toleranceType: numberIn(child(a, "tolerancetype"), "the tolerance type", a.line, 1),
        answerFormat: numberIn(child(a, "correctanswerformat"), "the answer format", a.line, 1),
        answerLength: numberIn(child(a, "correctanswerlength"), "the answer length", a.line, 2),
      }));
      return {
        ...base,
        kind: "calculated",
        simple: type === "calculatedsimple",
        answers: calculated,
        units: readUnits(q),
        datasets: childrenNamed(child(q, "dataset_definitions"), "dataset_definition").map(readDataset),
      };
    }
  }
}
