"use client";

import type { QuizItemInput } from "@/lib/schemas/quiz-builder";
import type { TemplateOption, TopicOption } from "./quiz-builder";

export const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
/** A short field (a count, marks): its own width, not the row's. */
const shortClass = "mt-1 block w-20 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

type Props = {
  index: number;
  item: QuizItemInput;
  byTopic: (TopicOption & { templates: TemplateOption[] })[];
  topics: TopicOption[];
  onChange: (item: QuizItemInput) => void;
};

/** One slot's fields: a fixed template, or a random draw by topic, difficulty and tag; and its marks. */
export function QuizItemFields({ index: i, item, byTopic, topics, onChange }: Props) {
  const marksField = (
    <div>
      <label htmlFor={`item-${i}-marks`} className="block text-xs font-medium text-slate-600">
        {item.type === "draw" ? "Marks each" : "Marks"}
      </label>
      <input
        id={`item-${i}-marks`}
        inputMode="decimal"
        value={Number.isNaN(item.marks) ? "" : item.marks}
        onChange={(e) => onChange({ ...item, marks: e.target.value === "" ? Number.NaN : Number(e.target.value) })}
        className={shortClass}
      />
    </div>
  );
  if (item.type === "template") {
    return (
      <>
        <div className="w-full sm:w-auto sm:min-w-56 sm:flex-1">
          <label htmlFor={`item-${i}-template`} className="block text-xs font-medium text-slate-600">
            Template
          </label>
          <select id={`item-${i}-template`} value={item.templateKey} onChange={(e) => onChange({ ...item, templateKey: e.target.value })} className={selectClass}>
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
        {marksField}
      </>
    );
  }
  return (
    <>
      <div>
        <label htmlFor={`item-${i}-count`} className="block text-xs font-medium text-slate-600">
          Random questions
        </label>
        <input id={`item-${i}-count`} inputMode="numeric" value={item.count} onChange={(e) => onChange({ ...item, count: Number(e.target.value) || 0 })} className={shortClass} />
      </div>
      <div className="w-full sm:w-auto sm:min-w-48 sm:flex-1">
        <label htmlFor={`item-${i}-topic`} className="block text-xs font-medium text-slate-600">
          from topic
        </label>
        <select id={`item-${i}-topic`} value={item.topic} onChange={(e) => onChange({ ...item, topic: e.target.value })} className={selectClass}>
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
        <select id={`item-${i}-difficulty`} value={item.difficulty} onChange={(e) => onChange({ ...item, difficulty: e.target.value as "" | "EASY" | "MEDIUM" | "HARD" })} className={selectClass}>
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
        <input id={`item-${i}-tag`} value={item.tag} onChange={(e) => onChange({ ...item, tag: e.target.value })} className="mt-1 block w-32 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" />
      </div>
      {marksField}
    </>
  );
}
