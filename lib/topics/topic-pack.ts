import type { CardNoteInput } from "@/lib/cards/card-schema";
import type { ComputeFunction } from "@/lib/compute/types";
import type { TemplateInput } from "@/lib/questions/template-schema";
import type { TopicMeta } from "./topic-meta";

/**
 * Everything a topic teaches, from one folder (lib/topics/<slug>/): its listing, its formulas,
 * the question templates and flashcards built on them. Its lab (lab/) is registered apart, in
 * lib/labs/registry.ts, because the browser's worker loads labs and must not load the question
 * bank with them.
 */
export type TopicPack<S extends string = string> = {
  topic: TopicMeta & { slug: S };
  /** The topic's formulas (lib/compute's definitions), in the order the authoring UI lists them. */
  compute: readonly ComputeFunction[];
  /** The built-in question templates, as authored. */
  templates: readonly TemplateInput[];
  /** The built-in flashcard notes, as authored. */
  cards: readonly CardNoteInput[];
};
