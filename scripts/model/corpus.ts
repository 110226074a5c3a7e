import type { CardNoteInput } from "@/lib/cards/card-schema";
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

/** A cloze deletion {{c1::answer::hint}} reads as its answer. */
export function resolveCloze(text: string): string {
  return text.replace(/\{\{c\d+::(.*?)(?:::[^{}]*?)?\}\}/g, "$1");
}

function cardItem(card: CardNoteInput): string | null {
  if (card.front && card.back) return `${card.front} ${card.back}`;
  if (card.text) return resolveCloze(card.text);
  // Computed cards show a template's question, which the templates already contribute.
  return null;
}

/**
 * A template reads as the question a student sees: its placeholders ({param}, {preset.field})
 * are filled by the variant the question machinery draws for seed 0, through the same renderer
 * the quiz uses, so KaTeX's own brace groups stay as written.
 */
function templateItem(input: TemplateInput): string {
  const template = templateSchema.parse(input);
  const { values } = compileParameterSpace(template).draw(0);
  return `${renderPlaceholders(template.prompt, values)} ${renderPlaceholders(template.explanation, values)}`;
}

/** One line per item: the card notes in topic order, then the templates in topic order. */
export function corpusItems(cards: readonly CardNoteInput[], templates: readonly TemplateInput[]): string[] {
  const raw = [...cards.map(cardItem).filter((t): t is string => t !== null), ...templates.map(templateItem)];
  return raw.map(normaliseText).filter((t) => t.length > 0);
}
