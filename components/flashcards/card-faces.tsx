import type { RenderedCardBack as CardBack, RenderedCardFront as CardFront } from "@/lib/server/render/rendered-views";

/** The four ratings, their labels and the keys that give them, in every review screen. */
export const RATINGS = [
  { rating: "again", label: "Again", key: "1" },
  { rating: "hard", label: "Hard", key: "2" },
  { rating: "good", label: "Good", key: "3" },
  { rating: "easy", label: "Easy", key: "4" },
] as const;
import { RenderedInline, RenderedMarkdown } from "@/components/ui/rendered-markdown";

type FrontProps = {
  front: CardFront;
  /** A computed numeric card's optional typed answer, checked on reveal; left out, no answer box. */
  answer?: string;
  onAnswer?: (answer: string) => void;
  answered?: boolean;
};

/** The question side of a card: Markdown, or a computed card's fresh variant. */
export function CardFrontView({ front, answer, onAnswer, answered = false }: FrontProps) {
  if (front.kind !== "computed") return <RenderedMarkdown className="text-lg text-slate-900" html={front.html} />;
  return (
    <div className="space-y-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">Computed card: fresh numbers every time</p>
      <RenderedMarkdown className="text-slate-900" html={front.variant.promptHtml} />
      {front.variant.choices ? (
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {front.variant.choices.map((c) => (
            <li key={c.id}>
              <RenderedInline html={c.html} />
            </li>
          ))}
        </ol>
      ) : null}
      {front.variant.kind === "numeric" && onAnswer ? (
        <div>
          <label htmlFor="card-answer" className="block text-sm font-medium text-slate-800">
            Your answer (optional; Enter checks it)
          </label>
          <input
            id="card-answer"
            value={answer ?? ""}
            onChange={(e) => onAnswer(e.target.value)}
            disabled={answered}
            autoComplete="off"
            inputMode="decimal"
            className="mt-1 block w-full max-w-sm rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
      ) : null}
    </div>
  );
}

/** The answer side: Markdown, or a computed card's answer with its steps (and the typed answer's check). */
export function CardBackView({ back }: { back: CardBack }) {
  return (
    <div className="mt-6 border-t border-slate-200 pt-4" role="status">
      {back.kind === "computed" ? (
        <div className="space-y-2 text-sm">
          {back.check ? (
            <p className={back.check.correct ? "font-semibold text-emerald-700" : "font-semibold text-red-700"}>
              {back.check.correct ? "Correct" : back.check.feedback.startsWith("Not quite") ? back.check.feedback : `Not quite: ${back.check.feedback}`}
            </p>
          ) : null}
          <p>
            Answer: <strong>{back.expectedText}</strong>
          </p>
          {back.steps.length ? (
            <ol className="list-decimal space-y-1 pl-5 text-slate-700">
              {back.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          ) : null}
          <RenderedMarkdown className="text-slate-700" html={back.explanationHtml} />
        </div>
      ) : (
        <RenderedMarkdown className="text-slate-800" html={back.html} />
      )}
    </div>
  );
}
