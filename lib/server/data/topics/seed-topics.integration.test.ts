import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { TOPICS } from "@/lib/topics/topic-list";
import { checkDatabase } from "@/lib/server/data/instance/check-database";
import { listTopics } from "./list-topics";
import { seedTopics } from "./seed-topics";

describe("topic seed", () => {
  it("is idempotent: a second run changes nothing", async () => {
    await seedTopics(TOPICS);
    const before = await getDb().topic.findMany({ orderBy: { slug: "asc" } });
    expect(await seedTopics(TOPICS)).toEqual({ created: 0, updated: 0 });
    const after = await getDb().topic.findMany({ orderBy: { slug: "asc" } });
    expect(after).toEqual(before);
    expect((await listTopics()).map((t) => t.slug)).toEqual(["sliding-window-attention", "rope", "quantization", "rlhf", "peft"]);
  });

  it("repairs an edited topic back to the canonical text", async () => {
    await seedTopics(TOPICS);
    await getDb().topic.update({ where: { slug: "rope" }, data: { title: "Edited" } });
    expect(await seedTopics(TOPICS)).toEqual({ created: 0, updated: 1 });
    expect((await getDb().topic.findUniqueOrThrow({ where: { slug: "rope" } })).title).toBe(TOPICS[1]!.title);
  });
});

describe("database health", () => {
  it("reports a live round trip", async () => {
    const health = await checkDatabase();
    expect(health.ok).toBe(true);
  });
});
