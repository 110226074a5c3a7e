import { Badge } from "@/components/ui/card";
import { InlineMarkdown, Markdown } from "@/components/ui/markdown";
import type { Variant } from "@/lib/questions/variant";

/** An author's view of one variant: the question as students see it, then its answer key. */
export function VariantPreview({ variant, index }: { variant: Variant; index: number }) {
  const { solution } = variant;
  const params = Object.entries(variant.params);
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5">
      <header className="mb-3 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span className="font-semibold text-slate-700">Variant {index + 1}</span>
        <span>seed {variant.seed}</span>
        {params.map(([k, v]) => (
          <code key={k} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">
            {k} = {typeof v === "number" ? v.toLocaleString("en-US") : v}
          </code>
        ))}
      </header>
      <Markdown className="text-slate-900">{variant.prompt}</Markdown>
      {variant.matchPrompts ? (
        <ol className="mt-3 space-y-1.5 text-sm">
          {variant.matchPrompts.map((p) => (
            <li key={p.id} className="rounded-md border border-slate-200 px-3 py-2">
              <InlineMarkdown>{p.text}</InlineMarkdown> → <strong className="text-emerald-800">{variant.choices?.find((c) => c.id === solution.matches?.[p.id])?.text}</strong>
            </li>
          ))}
          <li className="px-3 text-xs text-slate-500">Offered in each list, shuffled: {(variant.choices ?? []).map((c) => c.text).join(" · ")}</li>
        </ol>
      ) : variant.choices ? (
        <ol className="mt-3 space-y-1.5 text-sm">
          {variant.choices.map((c) => {
            const correct = c.id === solution.correctChoiceId || Boolean(solution.correctChoiceIds?.includes(c.id));
            const why = solution.choiceFeedback?.[c.id];
            return (
              <li key={c.id} className={`rounded-md border px-3 py-2 ${correct ? "border-emerald-300 bg-emerald-50" : "border-slate-200"}`}>
                <span className="font-medium">
                  <InlineMarkdown>{c.text}</InlineMarkdown>
                </span>
                {correct ? <span className="ml-2 text-emerald-700">✓ correct</span> : null}
                {why?.misconception ? <span className="mt-0.5 block text-xs text-slate-500">Distractor: {why.text}</span> : null}
                {!correct && !why?.misconception && why?.text && variant.kind === "multiple_answer" ? <span className="mt-0.5 block text-xs text-slate-500">When ticked: {why.text}</span> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="mt-4 rounded-md bg-slate-50 p-3 text-sm">
        <p>
          <span className="text-slate-500">Answer: </span>
          <strong>{solution.expectedText}</strong>
          {solution.numeric ? (
            <span className="ml-2 text-xs text-slate-500">
              tolerance{" "}
              {solution.numeric.tolerance.absolute !== undefined ? `± ${solution.numeric.tolerance.absolute}` : `± ${(solution.numeric.tolerance.relative ?? 0) * 100} %`}
            </span>
          ) : null}
          {solution.numeric?.unitPenalty !== undefined ? <span className="ml-2 text-xs text-slate-500">unit required: −{Math.round(solution.numeric.unitPenalty * 100)} % without it</span> : null}
          {variant.kind === "short_text" && solution.accepted ? <span className="ml-2 text-xs text-slate-500">accepted: {solution.accepted.join(" · ")}</span> : null}
        </p>
        {solution.steps.length ? (
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
            {solution.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        ) : null}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-slate-600">Explanation and source</summary>
        <Markdown className="mt-2 text-slate-700">{solution.explanation}</Markdown>
        <p className="mt-2 text-xs text-slate-500">
          <Badge>Source</Badge>{" "}
          {solution.source.url ? (
            <a className="text-brand-700 underline" href={solution.source.url} rel="noreferrer">
              {solution.source.title}
            </a>
          ) : (
            solution.source.title
          )}
          {solution.source.detail ? ` — ${solution.source.detail}` : ""}
        </p>
      </details>
    </article>
  );
}
