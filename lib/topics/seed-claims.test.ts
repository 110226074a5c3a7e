import { describe, expect, it } from "vitest";
import { BUILT_IN_CARD_INPUTS } from "./built-in-cards";
import { BUILT_IN_TEMPLATE_INPUTS } from "./built-in-templates";
import { SEED_CLAIMS } from "./seed-claims";
import { TOPIC_SLUGS } from "./topic-list";

const templates = new Map(BUILT_IN_TEMPLATE_INPUTS.map((t) => [t.key, t]));
const cards = new Map(BUILT_IN_CARD_INPUTS.map((c) => [c.key, c]));

describe("the lecture posts' claims", () => {
  it.each(SEED_CLAIMS.map((c) => [c.claim, c] as const))("“%s” is answered by a template and a card of its topic", (_claim, c) => {
    expect(c.templates.length).toBeGreaterThan(0);
    expect(c.cards.length).toBeGreaterThan(0);
    for (const key of c.templates) expect(templates.get(key)?.topic, `template ${key}`).toBe(c.topic);
    for (const key of c.cards) expect(cards.get(key)?.topic, `card ${key}`).toBe(c.topic);
  });

  it("are all on record: every claim of the posts, in every topic", () => {
    expect(new Set(SEED_CLAIMS.map((c) => c.claim)).size).toBe(SEED_CLAIMS.length);
    // The posts made twelve claims that must not be taught as true; each is answered here.
    expect(SEED_CLAIMS.filter((c) => c.verdict !== "true")).toHaveLength(12);
    for (const topic of TOPIC_SLUGS) expect(SEED_CLAIMS.some((c) => c.topic === topic), topic).toBe(true);
  });
});
