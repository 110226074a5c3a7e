import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { SrsRating } from "@/lib/flashcards/card";
import { addDeck } from "./add-deck";
import { getReviewView } from "./get-review-view";
import { rateCard } from "./rate-card";
import { updateFlashcardSettings } from "./update-flashcard-settings";
import { getFlashcardSettings } from "./get-flashcard-settings";

const start = new Date("2026-05-01T09:00:00Z");

beforeAll(async () => {
  await resetWithBuiltInContent();
});

describe("rateCard (rate, then the next card, sharing one read of the student's context)", () => {
  it("returns the same session a fresh read returns, rating after rating", async () => {
    const student = await makeUser();
    for (const topic of ["quantization", "rope"]) await addDeck(student, { topic }, start);
    // Own settings: a time zone far from UTC and a small new-card limit, so the shared context matters.
    await getDb().user.update({ where: { id: student.id }, data: { timeZone: "Pacific/Kiritimati" } });
    const settings = await getFlashcardSettings(student);
    await updateFlashcardSettings(student, { ...settings, newCardsPerDay: 3, learningSteps: "2m 15m" });
    let now = start;
    let view = await getReviewView(student, now);
    const ratings: SrsRating[] = ["again", "good", "hard", "good", "easy", "good", "again", "good"];
    for (const rating of ratings) {
      const current = view.current!;
      const { review, session } = await rateCard(student, { studentCardId: current.studentCardId, expectedVersion: current.version, rating, durationMs: 2000 }, now);
      expect(review.version).toBe(current.version + 1);
      expect(session).toEqual(await getReviewView(student, now));
      view = session;
      if (!view.current) break;
      now = new Date(now.getTime() + 3 * 60_000);
    }
    expect(await getDb().reviewLog.count({ where: { userId: student.id } })).toBeGreaterThanOrEqual(3);
  });

  it("counts a card rated from 8 tabs at once exactly once", async () => {
    const student = await makeUser();
    await addDeck(student, { topic: "rlhf" }, start);
    const { current } = await getReviewView(student, start);
    const id = current!.studentCardId;
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => rateCard(student, { studentCardId: id, expectedVersion: current!.version, rating: i % 2 ? "good" : "easy", durationMs: 500 }, start)),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const error of lost) expect(error).toBeInstanceOf(ConflictError);
    const row = await getDb().studentCard.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(current!.version + 1);
    expect(await getDb().reviewLog.count({ where: { studentCardId: id } })).toBe(1);
  });

  it("refuses someone else's card as missing and writes nothing", async () => {
    const [owner, other] = [await makeUser(), await makeUser()];
    await addDeck(owner, { topic: "peft" }, start);
    const { current } = await getReviewView(owner, start);
    const attempt = rateCard(other, { studentCardId: current!.studentCardId, expectedVersion: current!.version, rating: "good", durationMs: 1 }, start);
    await expect(attempt).rejects.toThrow(NotFoundError);
    expect(await getDb().reviewLog.count({ where: { studentCardId: current!.studentCardId } })).toBe(0);
    expect((await getDb().studentCard.findUniqueOrThrow({ where: { id: current!.studentCardId } })).version).toBe(current!.version);
  });
});
