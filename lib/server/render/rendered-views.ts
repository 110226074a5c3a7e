import "server-only";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { renderSolution, renderVariant, type RenderedVariant } from "@/lib/markdown/rendered-variant";
import type { AttemptQuestionView, RevealedSolution } from "@/lib/server/data/attempts/get-attempt";
import type { SubmitResult } from "@/lib/server/data/attempts/submit-answer";
import type { CardBack, CardFront } from "@/lib/server/data/flashcards/card-face";
import type { ReviewView } from "@/lib/server/data/flashcards/get-review-view";
import type { CustomStudyCard } from "@/lib/server/data/flashcards/get-custom-study";

/*
 * What the quiz and review screens show, with every authored Markdown field rendered to HTML here,
 * on the server: pages and actions hand these to client components, which insert the HTML. The
 * JSON API keeps returning Markdown.
 */

export type RenderedSolution = Omit<RevealedSolution, "explanation"> & { explanationHtml: string };
export type RenderedAttemptQuestion = Omit<AttemptQuestionView, "variant" | "solution"> & { variant: RenderedVariant; solution: RenderedSolution | null };
export type RenderedSubmitResult = Omit<SubmitResult, "solution"> & { solution: RenderedSolution | null };

export type RenderedCardFront = { kind: "basic" | "cloze"; html: string } | { kind: "computed"; variant: RenderedVariant; seed: number };
export type RenderedCardBack = { kind: "basic" | "cloze"; html: string } | (Omit<Extract<CardBack, { kind: "computed" }>, "explanation"> & { explanationHtml: string });
export type RenderedReviewView = Omit<ReviewView, "current"> & { current: null | (Omit<NonNullable<ReviewView["current"]>, "front"> & { front: RenderedCardFront }) };

export type RenderedCustomStudyCard = Omit<CustomStudyCard, "front"> & { front: RenderedCardFront };

const solutionOrNull = (s: RevealedSolution | null): RenderedSolution | null => (s ? renderSolution(s) : null);

export function renderAttemptQuestions(questions: readonly AttemptQuestionView[]): RenderedAttemptQuestion[] {
  return questions.map((q) => ({ ...q, variant: renderVariant(q.variant), solution: solutionOrNull(q.solution) }));
}

export function renderSubmitResult(result: SubmitResult): RenderedSubmitResult {
  return { ...result, solution: solutionOrNull(result.solution) };
}

export function renderCardFront(front: CardFront): RenderedCardFront {
  return front.kind === "computed" ? { ...front, variant: renderVariant(front.variant) } : { kind: front.kind, html: renderMarkdown(front.markdown) };
}

export function renderCardBack(back: CardBack): RenderedCardBack {
  return back.kind === "computed" ? renderSolution(back) : { kind: back.kind, html: renderMarkdown(back.markdown) };
}

export function renderReviewView(view: ReviewView): RenderedReviewView {
  return { ...view, current: view.current ? { ...view.current, front: renderCardFront(view.current.front) } : null };
}

export function renderCustomStudyCards(cards: readonly CustomStudyCard[]): RenderedCustomStudyCard[] {
  return cards.map((c) => ({ ...c, front: renderCardFront(c.front) }));
}
