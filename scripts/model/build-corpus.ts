import { writeFileSync } from "node:fs";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { BUILT_IN_TEMPLATE_INPUTS } from "@/lib/topics/built-in-templates";
import { corpusItems } from "./corpus";

/** The course's own text, one item per line; the same packs always write the same bytes. */
export function buildCorpus(): string {
  return corpusItems(BUILT_IN_CARD_INPUTS, BUILT_IN_TEMPLATE_INPUTS).map((l) => `${l}\n`).join("");
}

export function writeCorpus(path: string): string {
  const corpus = buildCorpus();
  writeFileSync(path, corpus, "utf8");
  return corpus;
}
