import { writeFileSync } from "node:fs";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { BUILT_IN_TEMPLATE_INPUTS } from "@/lib/topics/built-in-templates";
import { describeComputeFunctions } from "@/lib/compute";
import { TOPICS } from "@/lib/topics/topic-list";
import { corpusItems } from "./corpus";

/** The course's own text, one item per line; the same packs always write the same bytes. */
export function buildCorpus(): string {
  const summaries = TOPICS.map((t) => `${t.title}: ${t.summary}`);
  return corpusItems(summaries, describeComputeFunctions(), BUILT_IN_CARD_INPUTS, BUILT_IN_TEMPLATE_INPUTS)
    .map((l) => `${l}\n`)
    .join("");
}

export function writeCorpus(path: string): string {
  const corpus = buildCorpus();
  writeFileSync(path, corpus, "utf8");
  return corpus;
}
