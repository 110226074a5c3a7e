"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatList, pluralize } from "@/lib/format/display";

export type SummaryRow = { number: number; title: string; answered: boolean; flagged: boolean };

type Props = {
  rows: SummaryRow[];
  immediate: boolean;
  pending: boolean;
  onOpen: (number: number) => void;
  onReturn: () => void;
  onFinish: () => void;
};

/** "Question 4", "Questions 2, 3 and 5": the questions the confirmation names. */
function listNumbers(numbers: number[]): string {
  return `${numbers.length === 1 ? "Question" : "Questions"} ${formatList(numbers.map(String))}`;
}

/**
 * The step between the last question and handing in (as Moodle's "Summary of
 * attempt"): every question with its state, a way back to any of them, and a
 * confirmation that names what is still unanswered before the attempt is used up.
 */
export function AttemptSummary({ rows, immediate, pending, onOpen, onReturn, onFinish }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const unanswered = rows.filter((r) => !r.answered).map((r) => r.number);
  const flagged = rows.filter((r) => r.flagged).map((r) => r.number);

  // The summary replaces the question: attention (and a screen reader) starts at its heading.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby="attempt-summary-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="attempt-summary-title" ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none">
        Summary of your attempt
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {rows.length - unanswered.length} of {pluralize(rows.length, "question")} answered
        {flagged.length ? ` · ${flagged.length} flagged` : ""}. Open a question to go back to it.
      </p>
      <table className="mt-4 w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">
              Question
            </th>
            <th scope="col" className="py-2 font-medium">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} className="border-b border-slate-100 last:border-0">
              <td className="py-2 pr-3">
                <button
                  type="button"
                  onClick={() => onOpen(row.number)}
                  className="text-left text-brand-700 underline-offset-2 hover:underline focus-visible:underline"
                >
                  {row.number}. {row.title}
                </button>
              </td>
              <td className="py-2">
                <span className={row.answered ? "text-slate-700" : "font-medium text-amber-800"}>
                  {row.answered ? (immediate ? "Answered" : "Answer saved") : "Not yet answered"}
                </span>
                {row.flagged ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">Flagged</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-5 flex flex-wrap gap-2">
        <Button type="button" onClick={() => setConfirming(true)} disabled={pending}>
          Submit all and finish
        </Button>
        <Button type="button" variant="secondary" onClick={onReturn} disabled={pending}>
          Return to attempt
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Submit all and finish?"
        confirmLabel="Submit all and finish"
        pending={pending}
        onConfirm={onFinish}
        onCancel={() => setConfirming(false)}
      >
        {unanswered.length === rows.length && rows.length > 1 ? (
          <p>
            <strong className="font-semibold text-slate-900">None of the {rows.length} questions is answered</strong>: all will count as wrong.
          </p>
        ) : unanswered.length ? (
          <p>
            <strong className="font-semibold text-slate-900">
              {listNumbers(unanswered)} {unanswered.length === 1 ? "is" : "are"} not answered
            </strong>{" "}
            and will count as wrong.
          </p>
        ) : (
          <p>{rows.length === 1 ? "The question is answered." : `All ${rows.length} questions are answered.`}</p>
        )}
        {flagged.length ? <p>You flagged {listNumbers(flagged).replace(/^Q/, "q")} to come back to.</p> : null}
        <p>Once you submit, you can no longer change your answers in this attempt.</p>
      </ConfirmDialog>
    </section>
  );
}
