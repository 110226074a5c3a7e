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
const MAX_TAG_LENGTH = 64;
/** A field's HTML longer than this isn't converted (a card side holds at most 10,000 characters of Markdown). */
export const MAX_FIELD_HTML = 100_000;

/** Anki tags ("Biology::Cells", "exam_2024") as Quizformer tags: lower-case words joined by hyphens. */
export function toQuizformerTag(tag: string): string | null {
  const normalized = tag
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_TAG_LENGTH)
    .replace(/-+$/, "");
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
  // Control characters (a damaged file's) can't be in a name.
  const last = (name?.split("::").pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return last.slice(0, 80).trim() || "Imported from Anki";
}

function appendExtras(base: string, extras: string[]): string {
  return [base, ...extras.filter((e) => e.trim())].join("\n\n");
}

/**
 * Maps an Anki collection's notes to Quizformer notes. Basic notes take the first field as the
 * front and the second as the back (further non-empty fields follow on the back); cloze notes take
 * the text, with "Back Extra" after it. Media isn't imported: images and sounds are counted.
 */
/** Notes converted between two pauses: a big package never holds the event loop for long. */
const NOTES_PER_STEP = 200;

export async function planImport(collection: ApkgCollectionIn, pause: () => Promise<void> = async () => undefined): Promise<ImportPlan> {
  // Guids are unique in a sound collection; an empty or repeated one (a damaged file) gets the note's id added.
  const guids = new Set<string>();
  const guidOf = (note: ApkgNoteIn) => {
    const guid = note.guid && !guids.has(note.guid) ? note.guid : `${note.guid}#${note.id}`;
    guids.add(guid);
    return guid;
  };
  const plan: ImportPlan = { drafts: [], skipped: [], otherCardsLeftOut: 0, images: 0, sounds: 0, mediaFiles: collection.mediaFiles, deckName: mostCommonDeck(collection) };
  for (const [i, note] of collection.notes.entries()) {
    if (i > 0 && i % NOTES_PER_STEP === 0) await pause();
    const label = noteLabel(i + 1, note.fields[0] ?? "");
    if (!note.kind) {
      plan.skipped.push({ label, reason: `its note type “${note.model}” has neither a front and back nor a cloze text.` });
      continue;
    }
    if (note.fields.some((f) => f.length > MAX_FIELD_HTML)) {
      plan.skipped.push({ label, reason: `a field is longer than ${MAX_FIELD_HTML.toLocaleString("en")} characters of HTML.` });
      continue;
    }
    let converted;
    try {
      converted = note.fields.map(ankiHtmlToMarkdown);
    } catch {
      plan.skipped.push({ label, reason: "its HTML is nested too deeply to read." });
      continue;
    }
    for (const c of converted) {
      plan.images += c.images;
      plan.sounds += c.sounds;
    }
    const fields = converted.map((c) => c.markdown);
    const tags = [...new Set(note.tags.map(toQuizformerTag).filter((t): t is string => t !== null))].slice(0, MAX_TAGS);
    const byOrd = new Map(note.cards.map((c) => [c.ord, c]));
    const cards = new Map<number, ApkgCardIn>();
    if (note.kind === "basic") {
      const extras = fields.slice(2).map((f, k) => (f.trim() ? `**${note.fieldNames[k + 2] ?? "More"}:** ${f}` : ""));
      const first = byOrd.get(0);
      if (first) cards.set(1, first);
      plan.otherCardsLeftOut += note.cards.filter((c) => c.ord !== 0).length;
      plan.drafts.push({ label, guid: guidOf(note), note: { kind: "basic", front: fields[0] ?? "", back: appendExtras(fields[1] ?? "", extras), tags }, cards });
    } else {
      for (const card of note.cards) cards.set(card.ord + 1, card);
      plan.drafts.push({ label, guid: guidOf(note), note: { kind: "cloze", text: appendExtras(fields[0] ?? "", fields.slice(1)), tags }, cards });
    }
  }
  return plan;
}
