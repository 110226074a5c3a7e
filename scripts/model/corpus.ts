import type { CardNoteInput } from "@/lib/cards/card-schema";
import { parseCloze } from "@/lib/cards/cloze";
import { compileParameterSpace } from "@/lib/questions/parameter-space";
import { renderPlaceholders } from "@/lib/questions/render";
import { templateSchema, type TemplateInput } from "@/lib/questions/template-schema";

/**
 * Markdown's bold and code marks go (they carry no words); single * and _ stay, since inside
 * $…$ they are LaTeX (subscripts, products) and the two can't be told apart cheaply. Math stays
 * as written, as its LaTeX is how the course writes formulas; whitespace, newlines included,
 * collapses to one space so each item is one line.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A cloze note reads as its question side with every deletion hidden: "[hint]", or "[…]" without
 * one, as the card front shows it. No deletion's answer enters the corpus.
 */
export function hideCloze(text: string): string {
  return parseCloze(text)
    .map((segment) => (segment.kind === "text" ? segment.text : `[${segment.hint ?? "…"}]`))
    .join("");
}

/** What a student sees before answering: a basic note's front, a cloze note with its deletions hidden. */
function cardItem(card: CardNoteInput): string | null {
  if (card.front) return card.front;
  if (card.text) return hideCloze(card.text);
  // Computed cards show a template's question, which the templates already contribute.
  return null;
}

/**
 * A template reads as the question a student sees: its prompt, with placeholders ({param},
 * {preset.field}) filled by the variant the question machinery draws for seed 0, through the same
 * renderer the quiz uses, so KaTeX's own brace groups stay. The explanation is an answer and stays out.
 */
function templateItem(input: TemplateInput): string {
  const template = templateSchema.parse(input);
  const { values } = compileParameterSpace(template).draw(0);
  return renderPlaceholders(template.prompt, values);
}

/** A formula of the library as its reference describes it: name, what it computes, its convention. */
export type FormulaDoc = { title: string; description: string; convention?: string };

/**
 * One line per item: topic summaries, the formula library's descriptions, card questions, then
 * template prompts, each in topic order. Only text a student may read before answering goes in:
 * the corpus and the weights are served to every browser, so no card back, cloze answer or
 * worked explanation may be in them.
 */
export function corpusItems(summaries: readonly string[], formulas: readonly FormulaDoc[], cards: readonly CardNoteInput[], templates: readonly TemplateInput[]): string[] {
  const raw = [
    ...summaries,
    ...formulas.map((f) => `${f.title}: ${f.description} ${f.convention ?? ""}`),
    ...cards.map(cardItem).filter((t): t is string => t !== null),
    ...templates.map(templateItem),
  ];
  return raw.map(normaliseText).filter((t) => t.length > 0);
}
