"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import type { ActionResult } from "@/lib/forms/action-result";
import type { QuizItemInput, QuizSettingsInput } from "@/lib/schemas/quiz-builder";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { QuizItemFields } from "./quiz-item-fields";
import { QuizSettingsFields } from "./quiz-settings-fields";
import { SortableItems } from "./sortable-items";

export type TemplateOption = { key: string; title: string; topic: string; topicTitle: string };
export type TopicOption = { slug: string; title: string };

type Props = {
  quizId?: string;
  initial: QuizSettingsInput;
  templates: TemplateOption[];
  topics: TopicOption[];
  /** The author's account zone: dates are shown and read in it. */
  timeZone: string;
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};

type Row = { uid: string; item: QuizItemInput };

/** Quiz settings and its items (fixed templates or random draws), reordered by drag or keyboard. */
export function QuizBuilder({ quizId, initial, templates, topics, timeZone, save }: Props) {
  const router = useRouter();
  const { items: initialItems, ...initialSettings } = initial;
  // Rows need ids that survive reordering (the list's keys and drag targets); added rows count on.
  const nextUid = useRef(initialItems.length);
  const withUid = (item: QuizItemInput): Row => ({ uid: `row-${nextUid.current++}`, item });
  const [settings, setSettings] = useState(initialSettings);
  const [rows, setRows] = useState<Row[]>(() => initialItems.map((item, i) => ({ uid: `row-${i}`, item })));
  const [result, setResult] = useState<ActionResult<{ id: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};
  const quiz: QuizSettingsInput = { ...settings, items: rows.map((r) => r.item) };
  const { markSaved } = useUnsavedChanges(quiz);
  const byTopic = topics.map((t) => ({ ...t, templates: templates.filter((x) => x.topic === t.slug) }));
  const titles = new Map(templates.map((t) => [t.key, t.title]));
  const topicTitles = new Map(topics.map((t) => [t.slug, t.title]));
  const label = (item: QuizItemInput) =>
    item.type === "template" ? (titles.get(item.templateKey) ?? "A template not chosen yet") : `Random draw of ${item.count} from ${topicTitles.get(item.topic) ?? "a topic"}`;
  const setItem = (uid: string, item: QuizItemInput) => setRows((rs) => rs.map((r) => (r.uid === uid ? { ...r, item } : r)));

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
      <QuizSettingsFields settings={settings} topics={topics} timeZone={timeZone} errors={errors} onChange={(patch) => setSettings((s) => ({ ...s, ...patch }))} />

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <p className="mt-1 text-sm text-slate-600">Drag a question by its handle, or focus the handle and use Space and the arrow keys, to change the order.</p>
        {errors.items ? <p className="mt-1 text-sm text-red-700">{errors.items}</p> : null}
        <SortableItems
          rows={rows.map((r) => ({ ...r, label: label(r.item) }))}
          onReorder={(next) => setRows(next.map(({ uid, item }) => ({ uid, item })))}
          render={(row, i) => (
            <div className="flex items-start gap-2">
              <span className="mt-7 w-6 shrink-0 text-sm font-semibold text-slate-500">{i + 1}.</span>
              <div className="flex min-w-0 flex-1 flex-wrap items-end gap-3">
                <QuizItemFields index={i} item={row.item} byTopic={byTopic} topics={topics} onChange={(item) => setItem(row.uid, item)} />
              </div>
              <Button type="button" variant="ghost" size="sm" className="mt-6 shrink-0" aria-label={`Remove question ${i + 1}`} onClick={() => setRows((rs) => rs.filter((r) => r.uid !== row.uid))}>
                Remove
              </Button>
            </div>
          )}
        />
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="button" variant="secondary" size="sm" onClick={() => setRows((rs) => [...rs, withUid({ type: "template", templateKey: "", marks: 1 })])}>
            + Template
          </Button>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => setRows((rs) => [...rs, withUid({ type: "draw", marks: 1, topic: settings.topic || topics[0]?.slug || "", tag: "", difficulty: "", count: 5 })])}
          >
            + Random draw
          </Button>
        </div>
      </section>

      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert> : null}
      <Button type="button" onClick={onSave} disabled={pending}>
        {pending ? "Saving…" : "Save quiz"}
      </Button>
    </div>
  );
}
