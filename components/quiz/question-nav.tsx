"use client";

export type NavQuestion = { number: number; answered: boolean; flagged: boolean };

type Props = {
  questions: NavQuestion[];
  /** The question on screen, or null on the summary. */
  current: number | null;
  onOpen: (number: number) => void;
};

/**
 * Moodle's quiz navigation: one button per question showing whether it is answered, flagged or
 * the one on screen; any of them opens its question. The state is in each button's name, not
 * only in its colour.
 */
export function QuestionNav({ questions, current, onOpen }: Props) {
  return (
    <nav aria-label="Questions" className="rounded-lg border border-slate-200 bg-white p-3">
      <ol className="flex flex-wrap gap-1.5">
        {questions.map((q) => {
          const here = q.number === current;
          const state = [q.answered ? "answered" : "not answered", q.flagged ? "flagged" : null].filter(Boolean).join(", ");
          return (
            <li key={q.number}>
              <button
                type="button"
                onClick={() => onOpen(q.number)}
                aria-current={here ? "step" : undefined}
                aria-label={`Question ${q.number}, ${state}`}
                className={`relative flex h-9 w-9 items-center justify-center rounded-md text-sm font-semibold tabular-nums ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                  q.answered ? "bg-slate-700 text-white hover:bg-slate-800" : "bg-white text-slate-800 hover:bg-slate-50"
                } ${here ? "ring-3 ring-brand-600" : q.answered ? "" : "ring-1 ring-slate-400"}`}
              >
                {q.number}
                {q.flagged ? (
                  <span aria-hidden className="absolute -top-1.5 -right-1.5 rounded-full bg-amber-300 px-1 text-[10px] leading-4 text-amber-950">
                    ⚑
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden>
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-slate-700 align-middle" /> Answered
        </span>
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm ring-1 ring-slate-400 align-middle" /> Not answered
        </span>
        <span>⚑ Flagged</span>
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm ring-2 ring-brand-600 align-middle" /> On screen
        </span>
      </p>
    </nav>
  );
}
