import type { CardNote, CardNoteInput } from "@/lib/cards/card-schema";
import { ClozeSyntaxError, clozeNumbers, renderClozeBack, renderClozeFront } from "@/lib/cards/cloze";

export type CardKindName = CardNote["kind"];

/** The editor's state: every field as the text the author typed. */
export type CardDraft = {
  key: string;
  topic: string;
  kind: CardKindName;
  front: string;
  back: string;
  text: string;
  templateKey: string;
  tags: string;
  sourceTitle: string;
  sourceUrl: string;
};

export function emptyDraft(topic: string): CardDraft {
  return { key: "", topic, kind: "cloze", front: "", back: "", text: "", templateKey: "", tags: "", sourceTitle: "", sourceUrl: "" };
}

export function noteToDraft(note: CardNote): CardDraft {
  return {
    key: note.key,
    topic: note.topic,
    kind: note.kind,
    front: note.front ?? "",
    back: note.back ?? "",
    text: note.text ?? "",
    templateKey: note.templateKey ?? "",
    tags: note.tags.join(", "),
    sourceTitle: note.source.title,
    sourceUrl: note.source.url ?? "",
  };
}

/**
 * The note the server validates: only the fields of the chosen kind (the others stay in the
 * draft, so switching kind and back loses nothing), tags split on commas or spaces.
 */
export function draftToInput(draft: CardDraft): CardNoteInput {
  const content =
    draft.kind === "basic"
      ? { front: draft.front, back: draft.back }
      : draft.kind === "cloze"
        ? { text: draft.text }
        : draft.templateKey
          ? { templateKey: draft.templateKey }
          : {};
  const url = draft.sourceUrl.trim();
  return {
    key: draft.key.trim(),
    topic: draft.topic as CardNoteInput["topic"],
    kind: draft.kind,
    ...content,
    tags: draft.tags.split(/[\s,]+/).filter(Boolean),
    source: { title: draft.sourceTitle.trim(), ...(url ? { url } : {}) },
  };
}

/** A key from the topic and the first words of the card: "rope-rotates-queries-keys". */
export function suggestKey(draft: CardDraft): string {
  if (draft.kind === "computed") return draft.templateKey ? `${draft.templateKey}-computed` : "";
  const source = draft.kind === "basic" ? draft.front : draft.text;
  const words = source
    .replace(/\{\{c\d+::([^:}]*)(::[^}]*)?\}\}/g, "$1")
    .replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g, " ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !draft.topic.split("-").includes(w))
    .slice(0, 4);
  return words.length ? [draft.topic, ...words].filter(Boolean).join("-") : "";
}

const STOP_WORDS = new Set(["the", "and", "for", "with", "what", "which", "how", "does", "are", "is", "of", "a", "an", "to", "in", "by", "its", "this", "that"]);

export type ClozeCardPreview = { number: number; front: string; back: string };
export type ClozeProblem = { message: string; index: number; line: number; column: number; excerpt: { before: string; at: string; after: string } };
export type ClozePreview = { ok: true; cards: ClozeCardPreview[] } | { ok: false; problem: ClozeProblem };

/** Line and column (1-based) of a character index, and the text around it for showing where. */
export function locate(text: string, index: number): Omit<ClozeProblem, "message"> {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const column = index - before.lastIndexOf("\n");
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = text.indexOf("\n", index) === -1 ? text.length : text.indexOf("\n", index);
  const from = Math.max(lineStart, index - 30);
  const to = Math.min(lineEnd, index + 30);
  return {
    index,
    line,
    column,
    excerpt: { before: (from > lineStart ? "…" : "") + text.slice(from, index), at: text.slice(index, index + 2), after: text.slice(index + 2, to) + (to < lineEnd ? "…" : "") },
  };
}

/** Every card a cloze text yields (front and back as the student sees them), or where its syntax breaks. */
export function clozePreview(text: string): ClozePreview {
  try {
    return { ok: true, cards: clozeNumbers(text).map((n) => ({ number: n, front: renderClozeFront(text, n), back: renderClozeBack(text, n) })) };
  } catch (error) {
    if (!(error instanceof ClozeSyntaxError)) throw error;
    const at = locate(text, error.index);
    // The parser counts characters from 0; authors read lines and columns.
    return { ok: false, problem: { message: error.message.replace(/at character \d+/, `at line ${at.line}, column ${at.column}`), ...at } };
  }
}

/** The next unused deletion number of a text (1 when it has none or doesn't parse). */
export function nextClozeNumber(text: string): number {
  try {
    return Math.max(0, ...clozeNumbers(text)) + 1;
  } catch {
    return 1;
  }
}
