"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { Response } from "@/lib/questions/grade-response";
import type { RenderedAttemptQuestion, RenderedSubmitResult } from "@/lib/server/render/rendered-views";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { ResponseInput } from "./response-input";
import { SolutionPanel } from "./solution-panel";
import { Countdown } from "./countdown";
import { QuestionNav } from "./question-nav";
import { formatMarks } from "@/lib/quiz/grading-method";

// The summary is needed only when the student goes to finish: its code loads after the page is
// up (see the effect below), not before the first question can be answered.
const loadSummary = () => import("./attempt-summary");
const AttemptSummary = lazy(() => loadSummary().then((m) => ({ default: m.AttemptSummary })));

type Outcome = { correct: boolean | null; score: number | null; feedback: string; solution: RenderedSubmitResult["solution"] };

type Props = {
  attemptId: string;
  questions: RenderedAttemptQuestion[];
  immediate: boolean;
  deadline: string | null;
  submit: (input: unknown) => Promise<ActionResult<RenderedSubmitResult>>;
  finish: (attemptId: string) => Promise<ActionResult>;
  flag: (input: unknown) => Promise<ActionResult<{ flagged: boolean }>>;
};

function isAnswerable(r: Response | null): r is Response {
  if (!r) return false;
  if (r.kind === "numeric" || r.kind === "text") return r.text.trim().length > 0;
  if (r.kind === "choices") return r.choiceIds.length > 0;
  if (r.kind === "matching") return Object.keys(r.matches).length > 0;
  return true;
}

/**
 * Takes a quiz one question at a time. Enter submits, number keys pick a choice.
 * Each answer carries an idempotency key kept until the server confirms it, so a
 * retry after a network error or a double click is recorded once. Finishing goes
 * through a summary of every question (answered, unanswered, flagged) first.
 */
export function AttemptRunner({ attemptId, questions, immediate, deadline, submit, finish, flag }: Props) {
  const router = useRouter();
  const firstOpen = questions.findIndex((q) => !q.answer);
  const [index, setIndex] = useState(firstOpen === -1 ? questions.length - 1 : firstOpen);
  const [drafts, setDrafts] = useState<Record<number, Response | null>>(() =>
    Object.fromEntries(
      questions.map((q) => [
        q.position,
        // An ordering starts as shown, so it can be submitted as is.
        q.answer?.response ?? (q.variant.kind === "ordering" ? { kind: "ordering", order: (q.variant.choices ?? []).map((c) => c.id) } : null),
      ]),
    ),
  );
  const [outcomes, setOutcomes] = useState<Record<number, Outcome>>(() =>
    Object.fromEntries(questions.filter((q) => q.answer).map((q) => [q.position, { correct: immediate ? q.answer!.correct : null, score: immediate ? q.answer!.score : null, feedback: q.answer!.feedback, solution: q.solution }])),
  );
  const [flags, setFlags] = useState<Record<number, boolean>>(() => Object.fromEntries(questions.map((q) => [q.position, q.flagged])));
  const [view, setView] = useState<"question" | "summary">("question");
  const keys = useRef<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const nextRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set when the student moves to another question: focus then follows to it (not on page load).
  const moved = useRef(false);
  const question = questions[index]!;
  const outcome = outcomes[question.position];
  const draft = drafts[question.position] ?? null;
  const answeredCount = Object.keys(outcomes).length;
  const last = index === questions.length - 1;

  function onSubmit() {
    if (outcome || pending || !isAnswerable(draft)) return;
    keys.current[question.position] ??= crypto.randomUUID();
    setError(null);
    startTransition(async () => {
      const result = await submit({ attemptId, position: question.position, response: draft, idempotencyKey: keys.current[question.position] }).catch(() => null);
      if (!result) {
        setError("Your answer didn't reach the server. Check your connection and submit again — it will only be counted once.");
        return;
      }
      if (!result.ok) {
        setError(result.message);
        if (/Time is up|already finished/.test(result.message)) router.refresh();
        return;
      }
      const data = result.data!;
      setOutcomes((o) => ({ ...o, [question.position]: { correct: data.correct, score: data.score, feedback: data.feedback, solution: data.solution } }));
    });
  }

  function onFinish() {
    startTransition(async () => {
      const result = await finish(attemptId);
      if (result && !result.ok) setError(result.message);
    });
  }

  function onFlag() {
    const position = question.position;
    const flagged = !flags[position];
    // Shown at once; put back if the server refuses.
    setFlags((f) => ({ ...f, [position]: flagged }));
    void flag({ attemptId, position, flagged })
      .catch(() => null)
      .then((result) => {
        if (result?.ok) return;
        setFlags((f) => ({ ...f, [position]: !flagged }));
        setError(result?.message ?? "The flag didn't reach the server. Check your connection and try again.");
      });
  }

  function goTo(next: number) {
    moved.current = true;
    setError(null);
    setView("question");
    setIndex(next);
  }

  function toSummary() {
    setError(null);
    setView("summary");
  }

  function backFromSummary() {
    // Focus returns to the question the student left, as when moving between questions.
    moved.current = true;
    setView("question");
  }

  // Fetch the summary's code once the page is up, so opening it doesn't wait for the network.
  useEffect(() => {
    void loadSummary();
  }, []);

  // After an answer, focus goes to the way on (Next question, Finish quiz) once it is enabled:
  // a disabled button can't take focus, which left keyboard users on <body> on the last question.
  useEffect(() => {
    if (outcome && !pending) nextRef.current?.focus();
  }, [outcome, pending]);

  // On another question, focus goes to its answer field (or its heading once answered, or for
  // choices), so a keyboard user carries on where they are; the heading names the question.
  useEffect(() => {
    if (!moved.current || view !== "question") return;
    const text = document.getElementById(`answer-${question.position}`);
    const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="answer-${question.position}-choice"]`)];
    const field = text instanceof HTMLInputElement || text instanceof HTMLTextAreaElement || text instanceof HTMLSelectElement ? text : (radios.find((r) => r.checked) ?? radios[0]);
    if (field && !field.disabled) field.focus();
    else headingRef.current?.focus();
  }, [question.position, view]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (view !== "question" || outcome || target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text")) return;
      const n = Number(e.key);
      const choices = question.variant.choices;
      if ((question.variant.kind === "multiple_choice" || question.variant.kind === "true_false") && choices && n >= 1 && n <= choices.length) {
        setDrafts((d) => ({ ...d, [question.position]: { kind: "choice", choiceId: choices[n - 1]!.id } }));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, outcome, view]);

  const header = (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        {/* Announced when it changes, so moving to a question says where the student is. */}
        <span aria-live="polite">
          {view === "summary" ? "Summary" : `Question ${index + 1} of ${questions.length}`} · {answeredCount} answered
        </span>
        {deadline ? <Countdown deadline={deadline} onExpire={() => router.refresh()} /> : null}
      </div>
      {questions.length > 1 ? (
        <QuestionNav
          questions={questions.map((q, i) => ({ number: i + 1, answered: Boolean(outcomes[q.position]), flagged: Boolean(flags[q.position]) }))}
          current={view === "summary" ? null : index + 1}
          onOpen={(number) => goTo(number - 1)}
        />
      ) : null}
    </>
  );

  if (view === "summary") {
    return (
      <div className="space-y-4">
        {header}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Suspense fallback={<p className="text-sm text-slate-600">Loading the summary…</p>}>
          <AttemptSummary
          rows={questions.map((q, i) => ({ number: i + 1, title: q.variant.title, answered: Boolean(outcomes[q.position]), flagged: Boolean(flags[q.position]) }))}
          immediate={immediate}
          pending={pending}
          onOpen={(number) => goTo(number - 1)}
          onReturn={backFromSummary}
          onFinish={onFinish}
          />
        </Suspense>
      </div>
    );
  }

  const flagged = Boolean(flags[question.position]);
  return (
    <div className="space-y-4">
      {header}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        onKeyDown={(e) => {
          // Enter on a chosen option, a tick or a picked pair sends the answer, as it does in a text field.
          const target = e.target;
          if (e.key === "Enter" && ((target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) || target instanceof HTMLSelectElement)) {
            e.preventDefault();
            onSubmit();
          }
        }}
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
        aria-labelledby={`q-${question.position}-title`}
      >
        <div className="flex items-start justify-between gap-3">
          <div>
            <h2 id={`q-${question.position}-title`} ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none">
              {question.variant.title}
            </h2>
            <p className="text-xs text-slate-600">
              {formatMarks(question.marks)} {question.marks === 1 ? "mark" : "marks"}
            </p>
          </div>
          <button
            type="button"
            aria-pressed={flagged}
            onClick={onFlag}
            className={`shrink-0 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset ${flagged ? "bg-amber-100 text-amber-900 ring-amber-300" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
          >
            <span aria-hidden>{flagged ? "⚑ " : "⚐ "}</span>
            Flag for later
          </button>
        </div>
        <RenderedMarkdown className="mt-2 text-slate-800" html={question.variant.promptHtml} />
        <div className="mt-4">
          <ResponseInput
            key={question.position}
            variant={question.variant}
            value={draft}
            onChange={(r) => setDrafts((d) => ({ ...d, [question.position]: r }))}
            disabled={Boolean(outcome) || pending}
            inputId={`answer-${question.position}`}
          />
        </div>
        {error ? (
          <div className="mt-4">
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
        {outcome ? <SolutionPanel correct={outcome.correct} score={outcome.score} feedback={outcome.feedback} solution={outcome.solution} /> : null}
        <div className="mt-5 flex flex-wrap gap-2">
          {/* Distinct keys: reusing one DOM button whose type flips from "button" to "submit"
              during a click would submit the next question as soon as "Next" is pressed. */}
          {!outcome ? (
            <Button key="submit" type="submit" disabled={pending || !isAnswerable(draft)}>
              {pending ? "Checking…" : immediate ? "Submit answer" : "Save answer"}
            </Button>
          ) : last ? (
            <Button key="finish" type="button" ref={nextRef} onClick={toSummary} disabled={pending}>
              Finish attempt…
            </Button>
          ) : (
            <Button key="next" type="button" ref={nextRef} onClick={() => goTo(index + 1)}>
              Next question →
            </Button>
          )}
          {index > 0 ? (
            <Button type="button" variant="secondary" onClick={() => goTo(index - 1)}>
              ← Previous
            </Button>
          ) : null}
          {!outcome && !last ? (
            <Button type="button" variant="ghost" onClick={() => goTo(index + 1)}>
              Skip for now
            </Button>
          ) : null}
          {/* Finishing always goes through the summary, from any question. */}
          {outcome && last ? null : (
            <Button type="button" variant="ghost" onClick={toSummary} disabled={pending} className="ml-auto">
              Finish attempt…
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
