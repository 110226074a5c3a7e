import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import type { RenderedSolution } from "@/lib/server/render/rendered-views";

type Props = {
  correct: boolean | null;
  /** Share of the marks earned (0…1): between 0 and 1 the answer is partly correct. */
  score?: number | null;
  feedback: string;
  solution: RenderedSolution | null;
};

/** Right, partly right or wrong, the expected answer, the worked steps, the explanation and the source. */
export function SolutionPanel({ correct, score = null, feedback, solution }: Props) {
  const partly = correct === false && score !== null && score > 0;
  const tone = correct === null ? "border-slate-200 bg-slate-50" : correct ? "border-emerald-200 bg-emerald-50" : partly ? "border-amber-200 bg-amber-50" : "border-red-200 bg-red-50";
  return (
    <div className={`mt-4 rounded-lg border p-4 text-sm ${tone}`} role="status" aria-live="polite">
      {correct !== null ? (
        <p className={`font-semibold ${correct ? "text-emerald-800" : partly ? "text-amber-900" : "text-red-800"}`}>
          {correct ? "Correct" : partly ? `Partly correct: ${Math.round(score * 100)} % of the marks` : "Not quite"}
        </p>
      ) : null}
      {/* The heading already says right or wrong: a feedback that only repeats it isn't shown twice. */}
      {feedback && !/^(Correct|Not quite)\.?$/.test(feedback) ? <p className="mt-1 text-slate-800">{feedback.replace(/^Not quite: /, "")}</p> : null}
      {solution ? (
        <div className="mt-3 space-y-3">
          <p>
            <span className="text-slate-600">Answer: </span>
            <strong className="text-slate-900">{solution.expectedText}</strong>
          </p>
          {solution.steps.length ? (
            <div>
              <p className="font-medium text-slate-800">Worked steps</p>
              <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-700">
                {solution.steps.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ol>
            </div>
          ) : null}
          <RenderedMarkdown className="text-slate-700" html={solution.explanationHtml} />
          <p className="text-xs text-slate-600">
            Source:{" "}
            {solution.source.url ? (
              <a className="text-brand-700 underline" href={solution.source.url} target="_blank" rel="noreferrer">
                {solution.source.title}
              </a>
            ) : (
              solution.source.title
            )}
            {solution.source.detail ? ` — ${solution.source.detail}` : ""}
          </p>
        </div>
      ) : null}
    </div>
  );
}
