import type { MoodleQuestion } from "./moodle-types";

// Moodle's standard combined feedback: written into every export, says nothing of its own.
const STANDARD_FEEDBACK = new Set(["", "Your answer is correct.", "Your answer is partially correct.", "Your answer is incorrect."]);

/** Presentation Quizformer decides itself (letters before choices, the "Select one:" line). */
const PRESENTATION = new Set(["answernumbering", "showstandardinstruction", "shownumcorrect", "single", "unitsleft", "info"]);

/**
 * What a question carries that its template won't, each part with its line: penalties, hints,
 * marks, files, unusual settings. Settings at Moodle's defaults, or that the template carries
 * anyway (shuffled answers), say nothing.
 */
export function notCarried(q: MoodleQuestion): { line: number; part: string }[] {
  const out: { line: number; part: string }[] = [];
  for (const extra of q.extras) {
    const n = Number(extra.value);
    switch (extra.name) {
      case "defaultgrade":
        if (n !== 1) out.push({ line: extra.line, part: `the default mark (${extra.value}; marks are set per quiz item)` });
        break;
      case "penalty":
        if (n !== 0) out.push({ line: extra.line, part: `the penalty for each wrong try (${Math.round(n * 1000) / 10}%)` });
        break;
      case "hidden":
        if (extra.value !== "0" && extra.value !== "") out.push({ line: extra.line, part: "hidden (the template is imported active)" });
        break;
      case "idnumber":
        if (extra.value) out.push({ line: extra.line, part: `the ID number "${extra.value}"` });
        break;
      case "shuffleanswers":
        if (q.kind !== "calculated" && (extra.value === "0" || extra.value === "false")) out.push({ line: extra.line, part: "answers in a fixed order (quizzes decide whether choices are shuffled)" });
        break;
      case "synchronize":
        if (extra.value !== "0" && extra.value !== "") out.push({ line: extra.line, part: "synchronised dataset items across the questions of a quiz (each template draws its own)" });
        break;
      case "correctfeedback":
      case "partiallycorrectfeedback":
      case "incorrectfeedback":
        if (!STANDARD_FEEDBACK.has(extra.value)) out.push({ line: extra.line, part: `the ${extra.name.replace("feedback", "")} feedback` });
        break;
      case "instructions":
        if (extra.value) out.push({ line: extra.line, part: "the instructions on units" });
        break;
      case "hint":
        out.push({ line: extra.line, part: "a hint" });
        break;
      case "file":
        out.push({ line: extra.line, part: `the embedded file "${extra.value}"` });
        break;
      default:
        if (!PRESENTATION.has(extra.name)) out.push({ line: extra.line, part: `<${extra.name}>` });
    }
  }
  return out;
}

/** One warning for everything a question leaves behind, at the first part's line, naming each part's line. */
export function notCarriedWarning(q: MoodleQuestion): { line: number; message: string } | undefined {
  const parts = notCarried(q).sort((a, b) => a.line - b.line);
  if (!parts.length) return undefined;
  // The warning stands at the first part's line: only the others need theirs named.
  const listed = parts.map((p, i) => (i === 0 ? p.part : `${p.part} (line ${p.line})`)).join("; ");
  return { line: parts[0]!.line, message: `"${q.name}": not carried: ${listed}` };
}
