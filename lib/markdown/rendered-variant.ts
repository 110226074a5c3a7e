import type { PublicVariant } from "@/lib/questions/variant";
import { renderInlineMarkdown, renderMarkdown } from "./render-markdown";

/** A choice or matching prompt with its Markdown rendered (the text stays, for labels and search). */
export type RenderedChoice = { id: string; text: string; html: string };

/** A question as the student sees it, with its Markdown rendered on the server (the prompt as HTML only). */
export type RenderedVariant = Omit<PublicVariant, "prompt" | "choices" | "matchPrompts"> & { promptHtml: string; choices?: RenderedChoice[]; matchPrompts?: RenderedChoice[] };

const renderChoices = (choices: { id: string; text: string }[] | undefined) => choices?.map((c) => ({ ...c, html: renderInlineMarkdown(c.text) }));

export function renderVariant(variant: PublicVariant): RenderedVariant {
  const { prompt, choices, matchPrompts, ...rest } = variant;
  return {
    ...rest,
    promptHtml: renderMarkdown(prompt),
    ...(choices ? { choices: renderChoices(choices) } : {}),
    ...(matchPrompts ? { matchPrompts: renderChoices(matchPrompts) } : {}),
  };
}

/** A worked solution with its explanation rendered (as HTML only). */
export function renderSolution<S extends { explanation: string }>(solution: S): Omit<S, "explanation"> & { explanationHtml: string } {
  const { explanation, ...rest } = solution;
  return { ...rest, explanationHtml: renderMarkdown(explanation) };
}
