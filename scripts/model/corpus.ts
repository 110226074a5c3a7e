import type { CardNoteInput } from "@/lib/cards/card-schema";
import type { TemplateInput } from "@/lib/questions/template-schema";

/** Every HELD_OUT_EVERY-th item (the 10th, 20th, … line) is held out; the others train. */
export const HELD_OUT_EVERY = 10;

/**
 * Markdown's emphasis and code marks go (they carry no words); $…$ math stays as written, since
 * its LaTeX is how the course writes formulas; whitespace, newlines included, collapses to one
 * space so each item is one line.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A cloze deletion {{c1::answer::hint}} reads as its answer. */
export function resolveCloze(text: string): string {
  return text.replace(/\{\{c\d+::(.*?)(?:::[^{}]*?)?\}\}/g, "$1");
}

type Parameter = NonNullable<TemplateInput["parameters"]>[number];

/**
 * A placeholder {name} or {name.field} naming one of the template's parameters becomes a value it
 * could take (a list's first value, a range's minimum, a preset's first name), so the text reads
 * like a question a student sees; other brace groups are KaTeX's and stay.
 */
export function fillPlaceholders(text: string, parameters: readonly Parameter[]): string {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  return text.replace(/\{([a-zA-Z][a-zA-Z0-9_]*)(\.[a-zA-Z][a-zA-Z0-9_]*)?\}/g, (whole, name: string, field: string | undefined) => {
    const p = byName.get(name);
    if (!p) return whole;
    if (p.kind === "choice") return String(p.values[0]);
    if (p.kind === "int" || p.kind === "float") return String(p.min);
    return field ? `${p.presets[0]}${field}` : p.presets[0]!;
  });
}

function cardItem(card: CardNoteInput): string | null {
  if (card.front && card.back) return `${card.front} ${card.back}`;
  if (card.text) return resolveCloze(card.text);
  // Computed cards show a template's question, which the templates already contribute.
  return null;
}

function templateItem(template: TemplateInput): string {
  const parameters = template.parameters ?? [];
  return `${fillPlaceholders(template.prompt, parameters)} ${fillPlaceholders(template.explanation, parameters)}`;
}

/** One line per item: the card notes in topic order, then the templates in topic order. */
export function corpusItems(cards: readonly CardNoteInput[], templates: readonly TemplateInput[]): string[] {
  const raw = [...cards.map(cardItem).filter((t): t is string => t !== null), ...templates.map(templateItem)];
  return raw.map(normaliseText).filter((t) => t.length > 0);
}

export function isHeldOut(lineIndex: number): boolean {
  return (lineIndex + 1) % HELD_OUT_EVERY === 0;
}

/** The corpus file's lines split into training and held-out text, each line ending in "\n". */
export function splitCorpus(corpus: string): { train: string; heldOut: string } {
  const lines = corpus.split("\n").filter((l) => l.length > 0);
  const train: string[] = [];
  const heldOut: string[] = [];
  lines.forEach((l, i) => (isHeldOut(i) ? heldOut : train).push(`${l}\n`));
  return { train: train.join(""), heldOut: heldOut.join("") };
}
