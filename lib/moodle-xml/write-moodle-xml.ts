import type { MoodleAnswer, MoodleQuestion, MoodleText, MoodleUnits } from "./moodle-types";

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// "]]>" can't appear inside CDATA: it is closed before the ">" and reopened.
const cdata = (s: string) => (s === "" ? "" : /[<&>]/.test(s) ? `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>` : s);
// XML 1.0 can't carry most control characters at all, even escaped.
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

// A comment can't hold "--" nor end with "-": a space goes after every "-" another follows, and after a last one.
const commentSafe = (s: string) => xmlSafe(s).replace(/-(?=-|$)/g, "- ");

const text = (value: string) => `<text>${cdata(xmlSafe(value))}</text>`;
const formatted = (tag: string, t: MoodleText | undefined, pad: string) => `${pad}<${tag} format="${escapeAttribute(t?.format ?? "html")}">\n${pad}  ${text(t?.text ?? "")}\n${pad}</${tag}>`;
const plain = (tag: string, value: string | number, pad: string) => `${pad}<${tag}>${escapeText(xmlSafe(String(value)))}</${tag}>`;
const wrapped = (tag: string, value: string | number, pad: string) => `${pad}<${tag}>${text(String(value))}</${tag}>`;

/**
 * Writes questions as Moodle XML, as Moodle's own export lays it out: a category pseudo-question
 * wherever the category changes, then each question's elements in Moodle's order. `comments`
 * go at the top. Reading the output gives the same questions back (lines apart).
 */
export function writeMoodleXml(questions: readonly MoodleQuestion[], comments: readonly string[] = []): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"];
  for (const c of comments) out.push(`<!-- ${commentSafe(c)} -->`);
  let category: string | undefined;
  for (const q of questions) {
    if (q.category && q.category !== category) {
      category = q.category;
      out.push('  <question type="category">', `    <category>\n      ${text(category)}\n    </category>`, "  </question>");
    }
    out.push(writeQuestion(q));
  }
  out.push("</quiz>", "");
  return out.join("\n");
}

function answerElement(a: MoodleAnswer, pad: string, extra: string[] = [], format = true): string {
  return [
    `${pad}<answer fraction="${Number(a.fraction.toFixed(7))}"${format ? ` format="${escapeAttribute(a.text.format)}"` : ""}>`,
    `${pad}  ${text(a.text.text)}`,
    ...extra,
    ...(a.feedback ? [formatted("feedback", a.feedback, `${pad}  `)] : []),
    `${pad}</answer>`,
  ].join("\n");
}

function unitsElements(u: MoodleUnits, pad: string): string[] {
  const units = u.units.length
    ? [`${pad}<units>`, ...u.units.map((x) => `${pad}  <unit>\n${plain("multiplier", x.multiplier, `${pad}    `)}\n${plain("unit_name", x.name, `${pad}    `)}\n${pad}  </unit>`), `${pad}</units>`]
    : [];
  return [...units, plain("unitgradingtype", u.gradingType, pad), plain("unitpenalty", u.penalty, pad), plain("showunits", u.showUnits, pad), plain("unitsleft", 0, pad)];
}

function writeQuestion(q: MoodleQuestion): string {
  const p = "    ";
  const type = q.kind === "calculated" ? (q.simple ? "calculatedsimple" : "calculated") : q.kind;
  const lines = [
    `  <question type="${type}">`,
    `${p}<name>\n${p}  ${text(q.name)}\n${p}</name>`,
    formatted("questiontext", q.questionText, p),
    formatted("generalfeedback", q.generalFeedback, p),
    plain("defaultgrade", "1.0000000", p),
    plain("penalty", "0.0000000", p),
    plain("hidden", 0, p),
  ];
  switch (q.kind) {
    case "multichoice":
      lines.push(plain("single", String(q.single), p), plain("shuffleanswers", "true", p), plain("answernumbering", "abc", p), ...q.answers.map((a) => answerElement(a, p)));
      break;
    case "truefalse":
      lines.push(...q.answers.map((a) => answerElement(a, p)));
      break;
    case "shortanswer":
      lines.push(plain("usecase", q.caseSensitive ? 1 : 0, p), ...q.answers.map((a) => answerElement(a, p)));
      break;
    case "numerical":
      lines.push(...q.answers.map((a) => answerElement(a, p, [plain("tolerance", a.tolerance, `${p}  `)])), ...unitsElements(q.units, p));
      break;
    case "matching":
      lines.push(
        plain("shuffleanswers", "true", p),
        ...q.subquestions.map((s) => `${p}<subquestion format="${escapeAttribute(s.text.format)}">\n${p}  ${text(s.text.text)}\n${p}  <answer>\n${p}    ${text(s.answer)}\n${p}  </answer>\n${p}</subquestion>`),
      );
      break;
    case "calculated": {
      lines.push(plain("synchronize", 0, p), plain("single", 0, p), plain("answernumbering", "abc", p), plain("shuffleanswers", 0, p));
      for (const a of q.answers) {
        const pad = `${p}  `;
        lines.push(
          answerElement(
            a,
            p,
            [plain("tolerance", a.tolerance, pad), plain("tolerancetype", a.toleranceType, pad), plain("correctanswerformat", a.answerFormat, pad), plain("correctanswerlength", a.answerLength, pad)],
            false,
          ),
        );
      }
      lines.push(...unitsElements(q.units, p), `${p}<dataset_definitions>`);
      for (const d of q.datasets) {
        const pad = `${p}    `;
        lines.push(
          `${p}  <dataset_definition>`,
          wrapped("status", d.status, pad),
          wrapped("name", d.name, pad),
          plain("type", "calculated", pad),
          wrapped("distribution", d.distribution, pad),
          wrapped("minimum", d.min, pad),
          wrapped("maximum", d.max, pad),
          wrapped("decimals", d.decimals, pad),
          plain("itemcount", d.items.length, pad),
          `${pad}<dataset_items>`,
          ...d.items.map((i) => `${pad}  <dataset_item>\n${plain("number", i.number, `${pad}    `)}\n${plain("value", i.value, `${pad}    `)}\n${pad}  </dataset_item>`),
          `${pad}</dataset_items>`,
          plain("number_of_items", d.items.length, pad),
          `${p}  </dataset_definition>`,
        );
      }
      lines.push(`${p}</dataset_definitions>`);
      break;
    }
  }
  lines.push("  </question>");
  return lines.join("\n");
}
