import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LmManifest } from "@/lib/lm/manifest";
import { buildCorpus } from "./build-corpus";
import { unresolvedPlaceholders } from "@/lib/questions/render";
import { isHeldOut, splitCorpus } from "@/lib/lm/corpus-split";
import { normaliseText, resolveCloze } from "./corpus";

const models = path.join(import.meta.dirname, "../../public/models");

describe("corpus normalisation", () => {
  it("drops Markdown's emphasis and code marks, keeps $…$ math, and makes each item one line", () => {
    expect(normaliseText("**False:** use `rope_theta`\n\n with $\\theta_i = b^{-2i/d}$ ")).toBe("False: use rope_theta with $\\theta_i = b^{-2i/d}$");
  });

  it("reads a cloze deletion as its answer, with or without a hint", () => {
    expect(resolveCloze("at least {{c1::~600×}} smaller; $r <$ {{c2::32::β}}")).toBe("at least ~600× smaller; $r <$ 32");
  });

  it("fills every template's placeholders with a drawn variant and keeps KaTeX's brace groups", () => {
    const corpus = buildCorpus();
    expect(unresolvedPlaceholders(corpus)).toEqual([]);
    expect(corpus).toContain("\\text{base}");
    expect(corpus).not.toMatch(/\{\{c\d+::/);
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
