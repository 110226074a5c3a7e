import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LmManifest } from "@/lib/lm/manifest";
import { buildCorpus } from "./build-corpus";
import { unresolvedPlaceholders } from "@/lib/questions/render";
import { isHeldOut, splitCorpus } from "@/lib/lm/corpus-split";
import { hideCloze, normaliseText } from "./corpus";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { BUILT_IN_TEMPLATE_INPUTS } from "@/lib/topics/built-in-templates";
import { parseCloze } from "@/lib/cards/cloze";

const models = path.join(import.meta.dirname, "../../public/models");

describe("corpus normalisation", () => {
  it("drops Markdown's emphasis and code marks, keeps $…$ math, and makes each item one line", () => {
    expect(normaliseText("**False:** use `rope_theta`\n\n with $\\theta_i = b^{-2i/d}$ ")).toBe("False: use rope_theta with $\\theta_i = b^{-2i/d}$");
  });

  it("hides every cloze deletion, showing its hint when it has one", () => {
    expect(hideCloze("at least {{c1::~600×}} smaller; $r <$ {{c2::32::β}}")).toBe("at least […] smaller; $r <$ [β]");
  });

  it("fills every template's placeholders with a drawn variant and keeps KaTeX's brace groups", () => {
    const corpus = buildCorpus();
    expect(unresolvedPlaceholders(corpus)).toEqual([]);
    expect(corpus).toContain("\\text{base}");
    expect(corpus).not.toMatch(/\{\{c\d+::/);
  });

  // The corpus and the weights are served to every browser: nothing a student may only see after
  // answering can be in them.
  it("holds no card back, no cloze answer and no template explanation", () => {
    const corpus = buildCorpus();
    const secrets: string[] = [];
    for (const card of BUILT_IN_CARD_INPUTS) {
      if (card.back) secrets.push(card.back);
      if (card.text) for (const segment of parseCloze(card.text)) if (segment.kind === "deletion") secrets.push(`${segment.answer}`);
    }
    for (const template of BUILT_IN_TEMPLATE_INPUTS) secrets.push(template.explanation);
    // Short answers ("32", a formula a question itself states) can appear in a prompt legitimately; 40 characters can't by chance.
    const checked = secrets.map(normaliseText).filter((t) => t.length >= 40);
    expect(checked.length).toBeGreaterThan(250);
    const leaked = checked.filter((t) => corpus.includes(t.slice(0, 60)));
    expect(leaked).toEqual([]);
    // The file the browser actually downloads, too.
    const shipped = readFileSync(path.join(models, "corpus.txt"), "utf8");
    expect(checked.filter((t) => shipped.includes(t.slice(0, 60)))).toEqual([]);
  });

  it("holds out every 10th line, by item", () => {
    expect([0, 8, 9, 10, 19].map(isHeldOut)).toEqual([false, false, true, false, true]);
    const corpus = Array.from({ length: 20 }, (_, i) => `item ${i + 1}\n`).join("");
    expect(splitCorpus(corpus).heldOut).toBe("item 10\nitem 20\n");
  });
});

describe("the shipped corpus", () => {
  // Not compared with what the packs build today: editing a card must not fail the build. The
  // shipped model belongs to the shipped text, and npm run model:train rebuilds both.
  it("is the text the manifest's SHA-256 names, and building it is deterministic", () => {
    const shipped = readFileSync(path.join(models, "corpus.txt"), "utf8");
    const manifest = JSON.parse(readFileSync(path.join(models, "base.json"), "utf8")) as LmManifest;
    expect(createHash("sha256").update(shipped, "utf8").digest("hex")).toBe(manifest.corpus.sha256);
    expect(buildCorpus()).toBe(buildCorpus());
  });
});
