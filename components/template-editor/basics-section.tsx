import { DIFFICULTY_LABELS, KIND_LABELS } from "@/components/templates/labels";
import { TOPICS } from "@/lib/topics/topic-list";
import { EditorSection, SelectInput, TextArea, TextInput, type SectionProps } from "./editor-fields";
import type { TemplateDraft } from "./template-draft";

const KINDS: TemplateDraft["kind"][] = ["numeric", "multiple_choice", "multiple_answer", "true_false", "matching", "ordering", "short_text"];
const DIFFICULTIES: TemplateDraft["difficulty"][] = ["easy", "medium", "hard"];

/** Identity and wording: key (new templates only), topic, kind, title, difficulty, tags, prompt, explanation, source. */
export function BasicsSection({ draft, update, errors, keyEditable }: SectionProps & { keyEditable: boolean }) {
  const set = <K extends keyof TemplateDraft>(field: K) => (value: TemplateDraft[K]) => update((d) => ({ ...d, [field]: value }));
  return (
    <EditorSection title="Basics">
      {keyEditable ? (
        <TextInput
          path="key"
          label="Key"
          value={draft.key}
          onValue={set("key")}
          error={errors.key}
          hint="Stable identifier across versions, lower-case words joined by hyphens, e.g. swa-kv-cache-llama. It can't be changed later."
          autoComplete="off"
          spellCheck={false}
          required
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectInput path="topic" label="Topic" value={draft.topic} onValue={(v) => set("topic")(v as TemplateDraft["topic"])} error={errors.topic}>
          {TOPICS.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </SelectInput>
        <SelectInput path="kind" label="Kind" value={draft.kind} onValue={(v) => set("kind")(v as TemplateDraft["kind"])} error={errors.kind}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </SelectInput>
        <SelectInput
          path="difficulty"
          label="Difficulty"
          value={draft.difficulty}
          onValue={(v) => set("difficulty")(v as TemplateDraft["difficulty"])}
          error={errors.difficulty}
        >
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {DIFFICULTY_LABELS[d]}
            </option>
          ))}
        </SelectInput>
      </div>
      <TextInput path="title" label="Title" value={draft.title} onValue={set("title")} error={errors.title} hint="3–120 characters, shown in the question bank." required />
      <TextInput
        path="tags"
        label="Tags"
        value={draft.tags}
        onValue={set("tags")}
        error={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith("tags."))?.[1]}
        hint="Comma-separated, lower-case words and hyphens: kv-cache, memory."
        spellCheck={false}
      />
      <TextArea
        path="prompt"
        label="Prompt"
        value={draft.prompt}
        onValue={set("prompt")}
        error={errors.prompt}
        rows={6}
        hint={
          <>
            Markdown with KaTeX math in <code>$…$</code> or <code>$$…$$</code>. <code>{"{n}"}</code> inserts a parameter&apos;s drawn value;{" "}
            <code>{"{model}"}</code> a preset&apos;s name and <code>{"{model.layers}"}</code> one of its values. A brace group right after a letter,{" "}
            <code>\command</code>, <code>_</code>, <code>^</code> or <code>{"}"}</code> is left to KaTeX (<code>{"h_{kv}"}</code>, <code>{"2^{20}"}</code>), so
            write placeholders after a space, <code>$</code>, <code>(</code> or <code>=</code>.
          </>
        }
      />
      <TextArea
        path="explanation"
        label="Explanation"
        value={draft.explanation}
        onValue={set("explanation")}
        error={errors.explanation}
        rows={4}
        hint="Markdown shown after answering, above the computed steps. Placeholders work here too."
      />
    </EditorSection>
  );
}

/** Where the facts come from: shown with every answer. */
export function SourceSection({ draft, update, errors }: SectionProps) {
  const set = (field: "sourceTitle" | "sourceUrl" | "sourceDetail") => (value: string) => update((d) => ({ ...d, [field]: value }));
  return (
    <EditorSection title="Source" description="The paper, model card or documentation the question rests on.">
      <TextInput path="source.title" label="Source title" value={draft.sourceTitle} onValue={set("sourceTitle")} error={errors["source.title"] ?? errors.source} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput path="source.url" label="Source URL (optional)" type="url" value={draft.sourceUrl} onValue={set("sourceUrl")} error={errors["source.url"]} placeholder="https://arxiv.org/abs/…" />
        <TextInput path="source.detail" label="Source detail (optional)" value={draft.sourceDetail} onValue={set("sourceDetail")} error={errors["source.detail"]} hint="Section, table or equation." />
      </div>
    </EditorSection>
  );
}
