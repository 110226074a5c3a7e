import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { TOPICS } from "@/lib/topics/topic-list";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import { createFinishedAttempt, type FixtureAnswer } from "@/test/integration/attempt-fixtures";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { queryMastery } from "./query-mastery";

let ana: Actor;
let ben: Actor;
let ropeId: string;
let ropeKeys: string[];
// Every active built-in RoPE template counts toward mastery.
const ROPE_TOTAL = builtInTemplates().filter((t) => t.topic === "rope").length;

const answer = (actor: Actor, answers: FixtureAnswer[]) => createFinishedAttempt(actor.id, ropeId, answers);

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany({ where: { questions: { none: {} } } });
  await seedTopics(TOPICS);
  await seedTemplates(builtInTemplates());
  ana = await makeUser("STUDENT", "Ana");
  ben = await makeUser("STUDENT", "Ben");
  ropeId = (await getDb().topic.findUniqueOrThrow({ where: { slug: "rope" } })).id;
  ropeKeys = (await getDb().questionTemplate.findMany({ where: { topicId: ropeId, isLatest: true, status: "ACTIVE" }, orderBy: { key: "asc" }, select: { key: true } })).map((t) => t.key);
  const [k1, k2, k3, k4] = ropeKeys as [string, string, string, string];
  // k1: right, then wrong (latest wrong → not mastered); k2: wrong, then right (mastered);
  // k3: right (mastered); k4: shown but never answered (ignored).
  await answer(ana, [
    { key: k1, correct: true, at: "2026-05-01T10:00:00Z" },
    { key: k2, correct: false, at: "2026-05-01T10:01:00Z" },
    { key: k3, correct: true, at: "2026-05-01T10:02:00Z" },
  ]);
  await answer(ana, [
    { key: k1, correct: false, at: "2026-05-03T10:00:00Z" },
    { key: k2, correct: true, at: "2026-05-03T10:01:00Z" },
    { key: k4, correct: null, at: "" },
  ]);
});

describe("queryMastery", () => {
  it("counts the latest answer per template over the topic's active templates", async () => {
    const rows = await queryMastery(getDb(), [ana.id, ben.id]);
    const rope = rows.find((r) => r.userId === ana.id && r.topicId === ropeId);
    expect(ropeKeys).toHaveLength(ROPE_TOTAL);
    expect(rope).toEqual({ userId: ana.id, topicId: ropeId, mastered: 2, answered: 3, total: ROPE_TOTAL });
    // Every (student, topic) pair comes back, zeros included: 2 students × 5 topics.
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.userId === ben.id).every((r) => r.mastered === 0 && r.answered === 0 && r.total > 0)).toBe(true);
  });

  it("uses the latest answer inside the period only", async () => {
    // Up to 2 May: k1 right, k2 wrong, k3 right → 2 mastered, answered 3.
    const before = await queryMastery(getDb(), [ana.id], { to: new Date("2026-05-02T00:00:00Z") });
    expect(before.find((r) => r.topicId === ropeId)).toMatchObject({ mastered: 2, answered: 3 });
    // From 2 May: k1 wrong, k2 right → 1 mastered, answered 2.
    const after = await queryMastery(getDb(), [ana.id], { from: new Date("2026-05-02T00:00:00Z") });
    expect(after.find((r) => r.topicId === ropeId)).toMatchObject({ mastered: 1, answered: 2 });
    // An instant boundary: the answer at exactly `from` is in, one at exactly `to` is out.
    const edge = await queryMastery(getDb(), [ana.id], { from: new Date("2026-05-03T10:00:00Z"), to: new Date("2026-05-03T10:01:00Z") });
    expect(edge.find((r) => r.topicId === ropeId)).toMatchObject({ mastered: 0, answered: 1 });
  });

  it("returns nothing for no students", async () => {
    expect(await queryMastery(getDb(), [])).toEqual([]);
  });
});
