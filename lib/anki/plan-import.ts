import { ankiHtmlToMarkdown, htmlToPlainText } from "./anki-html";
import type { ApkgCardIn, ApkgCollectionIn, ApkgNoteIn } from "./apkg-types";

/** A note ready to be checked and written: the fields in Markdown, the Anki cards behind each ordinal. */
export type ImportDraft = {
  label: string;
  guid: string;
  note: { kind: "basic"; front: string; back: string; tags: string[] } | { kind: "cloze"; text: string; tags: string[] };
  /** Anki's card for each Quizformer ordinal (cloze n is Anki's ord n − 1; basic 1 is ord 0). */
  cards: Map<number, ApkgCardIn>;
};

export type ImportPlan = {
  drafts: ImportDraft[];
  /** Notes that can't come in, each with why. */
  skipped: { label: string; reason: string }[];
  /** Cards of note types with more than one card per note (reversed cards, say): only the first comes in. */
  otherCardsLeftOut: number;
  images: number;
  sounds: number;
  mediaFiles: number;
  /** Anki's deck holding most of the notes, as a default name for a new deck. */
  deckName: string;
};

const MAX_TAGS = 20;

/** Anki tags ("Biology::Cells", "exam_2024") as Quizformer tags: lower-case words joined by hyphens. */
export function toQuizformerTag(tag: string): string | null {
  const normalized = tag
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return normalized || null;
}

/** "note 12 “What does RoPE rotate?”": the note's place in the file and the start of its first field. */
export function noteLabel(position: number, firstField: string): string {
  const text = htmlToPlainText(firstField);
  const short = text.length > 48 ? `${text.slice(0, 47)}…` : text;
  return short ? `note ${position} “${short}”` : `note ${position}`;
}

function mostCommonDeck(collection: ApkgCollectionIn): string {
  const counts = new Map<number, number>();
  for (const note of collection.notes) for (const card of note.cards) counts.set(card.did, (counts.get(card.did) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const name = top ? collection.decks.get(top[0]) : undefined;
  // Anki's subdecks are "Parent::Child": the last part names the deck.
  return (name?.split("::").pop() ?? "").trim() || "Imported from Anki";
}

function appendExtras(base: string, extras: string[]): string {
  return [base, ...extras.filter((e) => e.trim())].join("\n\n");
}

/**
 * Maps an Anki collection's notes to Quizformer notes. Basic notes take the first field as the
 * front and the second as the back (further non-empty fields follow on the back); cloze notes take
 * the text, with "Back Extra" after it. Media isn't imported: images and sounds are counted.
 */
export function planImport(collection: ApkgCollectionIn): ImportPlan {
  const plan: ImportPlan = { drafts: [], skipped: [], otherCardsLeftOut: 0, images: 0, sounds: 0, mediaFiles: collection.mediaFiles, deckName: mostCommonDeck(collection) };
  collection.notes.forEach((note: ApkgNoteIn, i) => {
    const label = noteLabel(i + 1, note.fields[0] ?? "");
    if (!note.kind) {
      plan.skipped.push({ label, reason: `its note type “${note.model}” has neither a front and back nor a cloze text.` });
      return;
    }
    const fields = note.fields.map((f) => {
      const converted = ankiHtmlToMarkdown(f);
      plan.images += converted.images;
      plan.sounds += converted.sounds;
      return converted.markdown;
    });
    const tags = [...new Set(note.tags.map(toQuizformerTag).filter((t): t is string => t !== null))].slice(0, MAX_TAGS);
    const byOrd = new Map(note.cards.map((c) => [c.ord, c]));
    const cards = new Map<number, ApkgCardIn>();
    if (note.kind === "basic") {
      const extras = fields.slice(2).map((f, k) => (f.trim() ? `**${note.fieldNames[k + 2] ?? "More"}:** ${f}` : ""));
      const first = byOrd.get(0);
      if (first) cards.set(1, first);
      plan.otherCardsLeftOut += note.cards.filter((c) => c.ord !== 0).length;
      plan.drafts.push({ label, guid: note.guid, note: { kind: "basic", front: fields[0] ?? "", back: appendExtras(fields[1] ?? "", extras), tags }, cards });
    } else {
      for (const card of note.cards) cards.set(card.ord + 1, card);
      plan.drafts.push({ label, guid: note.guid, note: { kind: "cloze", text: appendExtras(fields[0] ?? "", fields.slice(1)), tags }, cards });
    }
  });
  return plan;
}
