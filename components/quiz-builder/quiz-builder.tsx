"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import type { ActionResult } from "@/lib/forms/action-result";
import type { QuizItemInput, QuizSettingsInput } from "@/lib/schemas/quiz-builder";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export type TemplateOption = { key: string; title: string; topic: string; topicTitle: string };
export type TopicOption = { slug: string; title: string };

type Props = {
  quizId?: string;
  initial: QuizSettingsInput;
  templates: TemplateOption[];
  topics: TopicOption[];
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** Quiz settings and its items: fixed templates or random draws by topic, tag and difficulty. */
export function QuizBuilder({ quizId, initial, templates, topics, save }: Props) {
  const router = useRouter();
  const [quiz, setQuiz] = useState<QuizSettingsInput>(initial);
  const [result, setResult] = useState<ActionResult<{ id: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};
  const { markSaved } = useUnsavedChanges(quiz);
  const set = <K extends keyof QuizSettingsInput>(k: K, v: QuizSettingsInput[K]) => setQuiz((q) => ({ ...q, [k]: v }));
  const setItem = (i: number, item: QuizItemInput) => set("items", quiz.items.map((x, j) => (j === i ? item : x)));
  const byTopic = topics.map((t) => ({ ...t, templates: templates.filter((x) => x.topic === t.slug) }));

  function onSave() {
    startTransition(async () => {
      const sent = quiz;
      const r = await save({ ...sent, quizId });
      setResult(r);
      if (r.ok) markSaved(sent);
      if (r.ok && r.data && !quizId) router.replace(`/admin/quizzes/${r.data.id}`);
      else if (r.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      <section className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" name="title" value={quiz.title} onChange={(e) => set("title", e.target.value)} error={errors.title} className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <label htmlFor="quiz-description" className="block text-sm font-medium text-slate-800">
            Description (optional)
          </label>
          <textarea id="quiz-description" value={quiz.description} onChange={(e) => set("description", e.target.value)} rows={2} className={selectClass} />
        </div>
        <div>
          <label htmlFor="quiz-topic" className="block text-sm font-medium text-slate-800">
            Topic
          </label>
          <select id="quiz-topic" value={quiz.topic} onChange={(e) => set("topic", e.target.value)} className={selectClass}>
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
          <select id="quiz-feedback" value={quiz.feedbackMode} onChange={(e) => set("feedbackMode", e.target.value as "IMMEDIATE" | "DEFERRED")} className={selectClass}>
            <option value="IMMEDIATE">Immediate: after each answer</option>
            <option value="DEFERRED">Deferred: all at the end</option>
          </select>
        </div>
        <Field
          label="Time limit (minutes)"
          name="timeLimitMinutes"
          inputMode="numeric"
          value={quiz.timeLimitMinutes ?? ""}
          onChange={(e) => set("timeLimitMinutes", (e.target.value === "" ? undefined : Number(e.target.value)) as number | undefined)}
          hint="Empty for no limit. Enforced by the server."
          error={errors.timeLimitMinutes}
        />
        <Field
          label="Attempts allowed"
          name="maxAttempts"
          inputMode="numeric"
          value={quiz.maxAttempts ?? ""}
          onChange={(e) => set("maxAttempts", (e.target.value === "" ? undefined : Number(e.target.value)) as number | undefined)}
          hint="Empty for unlimited."
          error={errors.maxAttempts}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={quiz.shuffleQuestions} onChange={(e) => set("shuffleQuestions", e.target.checked)} className="accent-brand-600" /> Shuffle question order
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={quiz.shuffleChoices} onChange={(e) => set("shuffleChoices", e.target.checked)} className="accent-brand-600" /> Shuffle choices
        </label>
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold">
          Questions
        </h2>
        {errors.items ? <p className="mt-1 text-sm text-red-700">{errors.items}</p> : null}
        <ol className="mt-3 space-y-3">
          {quiz.items.map((item, i) => (
            <li key={i} className="rounded-md border border-slate-200 bg-white p-3">
              <div className="flex flex-wrap items-end gap-3">
                <span className="text-sm font-semibold text-slate-500">{i + 1}.</span>
                {item.type === "template" ? (
                  <div className="min-w-64 flex-1">
                    <label htmlFor={`item-${i}-template`} className="block text-xs font-medium text-slate-600">
                      Template
                    </label>
                    <select id={`item-${i}-template`} value={item.templateKey} onChange={(e) => setItem(i, { type: "template", templateKey: e.target.value })} className={selectClass}>
                      <option value="">Choose a template…</option>
                      {byTopic.map((t) => (
                        <optgroup key={t.slug} label={t.title}>
                          {t.templates.map((x) => (
                            <option key={x.key} value={x.key}>
                              {x.title} ({x.key})
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  </div>
                ) : (
                  <>
                    <div>
                      <label htmlFor={`item-${i}-count`} className="block text-xs font-medium text-slate-600">
                        Random questions
                      </label>
                      <input id={`item-${i}-count`} inputMode="numeric" value={item.count} onChange={(e) => setItem(i, { ...item, count: Number(e.target.value) || 0 })} className={`${selectClass} w-20`} />
                    </div>
                    <div>
                      <label htmlFor={`item-${i}-topic`} className="block text-xs font-medium text-slate-600">
                        from topic
                      </label>
                      <select id={`item-${i}-topic`} value={item.topic} onChange={(e) => setItem(i, { ...item, topic: e.target.value })} className={selectClass}>
                        {topics.map((t) => (
                          <option key={t.slug} value={t.slug}>
                            {t.title}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div>
                      <label htmlFor={`item-${i}-difficulty`} className="block text-xs font-medium text-slate-600">
                        Difficulty
                      </label>
                      <select id={`item-${i}-difficulty`} value={item.difficulty} onChange={(e) => setItem(i, { ...item, difficulty: e.target.value as "" | "EASY" | "MEDIUM" | "HARD" })} className={selectClass}>
                        <option value="">Any</option>
                        <option value="EASY">Easy</option>
                        <option value="MEDIUM">Medium</option>
                        <option value="HARD">Hard</option>
                      </select>
                    </div>
                    <div>
                      <label htmlFor={`item-${i}-tag`} className="block text-xs font-medium text-slate-600">
                        Tag (optional)
                      </label>
                      <input id={`item-${i}-tag`} value={item.tag} onChange={(e) => setItem(i, { ...item, tag: e.target.value })} className={`${selectClass} w-36`} />
                    </div>
                  </>
                )}
                <Button type="button" variant="ghost" size="sm" aria-label={`Remove item ${i + 1}`} onClick={() => set("items", quiz.items.filter((_, j) => j !== i))}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="button" variant="secondary" size="sm" onClick={() => set("items", [...quiz.items, { type: "template", templateKey: "" }])}>
            + Template
          </Button>
          <Button type="button" variant="secondary" size="sm" onClick={() => set("items", [...quiz.items, { type: "draw", topic: quiz.topic || topics[0]?.slug || "", tag: "", difficulty: "", count: 5 }])}>
            + Random draw
          </Button>
        </div>
      </section>

      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.message}</Alert> : null}
      <Button type="button" onClick={onSave} disabled={pending}>
        {pending ? "Saving…" : "Save quiz"}
      </Button>
    </div>
  );
}
