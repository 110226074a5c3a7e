"use client";

import type { QuizSettingsInput } from "@/lib/schemas/quiz-builder";
import { Field } from "@/components/ui/field";
import type { TopicOption } from "./quiz-builder";
import { selectClass } from "./quiz-item-fields";

type Settings = Omit<QuizSettingsInput, "items">;

type Props = {
  settings: Settings;
  topics: TopicOption[];
  timeZone: string;
  errors: Record<string, string>;
  onChange: (patch: Partial<Settings>) => void;
};

const optionalNumber = (v: string) => (v === "" ? undefined : Number(v)) as number | undefined;

/** A quiz's rules: what it is, when it can be taken, how long, how often, and how it is graded. */
export function QuizSettingsFields({ settings: quiz, topics, timeZone, errors, onChange: set }: Props) {
  return (
    <section className="grid gap-4 sm:grid-cols-2">
      <Field label="Title" name="title" value={quiz.title} onChange={(e) => set({ title: e.target.value })} error={errors.title} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <label htmlFor="quiz-description" className="block text-sm font-medium text-slate-800">
          Description (optional)
        </label>
        <textarea id="quiz-description" value={quiz.description} onChange={(e) => set({ description: e.target.value })} rows={2} className={selectClass} />
      </div>
      <div>
        <label htmlFor="quiz-topic" className="block text-sm font-medium text-slate-800">
          Topic
        </label>
        <select id="quiz-topic" value={quiz.topic} onChange={(e) => set({ topic: e.target.value })} className={selectClass}>
          <option value="">Mixed topics</option>
          {topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="quiz-feedback" className="block text-sm font-medium text-slate-800">
          Feedback
        </label>
        <select id="quiz-feedback" value={quiz.feedbackMode} onChange={(e) => set({ feedbackMode: e.target.value as "IMMEDIATE" | "DEFERRED" })} className={selectClass}>
          <option value="IMMEDIATE">Immediate: after each answer</option>
          <option value="DEFERRED">Deferred: all at the end</option>
        </select>
      </div>
      <Field
        label="Opens"
        name="opensAt"
        type="datetime-local"
        value={quiz.opensAt}
        onChange={(e) => set({ opensAt: e.target.value })}
        hint={`Your time zone (${timeZone}). Empty: open once published.`}
        error={errors.opensAt}
      />
      <Field
        label="Closes"
        name="closesAt"
        type="datetime-local"
        value={quiz.closesAt}
        onChange={(e) => set({ closesAt: e.target.value })}
        hint="Empty: never closes. Attempts still open end at this time, like a time limit."
        error={errors.closesAt}
      />
      <Field
        label="Time limit (minutes)"
        name="timeLimitMinutes"
        inputMode="numeric"
        value={quiz.timeLimitMinutes ?? ""}
        onChange={(e) => set({ timeLimitMinutes: optionalNumber(e.target.value) })}
        hint="Empty for no limit. Enforced by the server."
        error={errors.timeLimitMinutes}
      />
      <Field
        label="Attempts allowed"
        name="maxAttempts"
        inputMode="numeric"
        value={quiz.maxAttempts ?? ""}
        onChange={(e) => set({ maxAttempts: optionalNumber(e.target.value) })}
        hint="Empty for unlimited."
        error={errors.maxAttempts}
      />
      <div>
        <label htmlFor="quiz-grading" className="block text-sm font-medium text-slate-800">
          Grade from
        </label>
        <select
          id="quiz-grading"
          value={quiz.gradingMethod}
          onChange={(e) => set({ gradingMethod: e.target.value as Settings["gradingMethod"] })}
          aria-describedby="quiz-grading-hint"
          className={selectClass}
        >
          <option value="HIGHEST">Highest attempt</option>
          <option value="AVERAGE">Average of all attempts</option>
          <option value="FIRST">First attempt</option>
          <option value="LAST">Last attempt</option>
        </select>
        <p id="quiz-grading-hint" className="mt-1 text-xs text-slate-600">
          Used for the student&apos;s grade, team results, the CSV and item analysis.
        </p>
      </div>
      <Field
        label="Pass mark (%)"
        name="passPercent"
        inputMode="numeric"
        value={quiz.passPercent ?? ""}
        onChange={(e) => set({ passPercent: optionalNumber(e.target.value) })}
        hint="Share of the marks needed to pass. Empty for none."
        error={errors.passPercent}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={quiz.shuffleQuestions} onChange={(e) => set({ shuffleQuestions: e.target.checked })} className="accent-brand-600" /> Shuffle question order
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={quiz.shuffleChoices} onChange={(e) => set({ shuffleChoices: e.target.checked })} className="accent-brand-600" /> Shuffle choices
      </label>
    </section>
  );
}
