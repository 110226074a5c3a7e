import { default_w, fsrs, generatorParameters, type FSRSState, type Grade } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { loadFsrsOptimizer, type FsrsOptimizer } from "@/lib/server/fsrs-optimizer";
import type { SrsRating as RatingColumn, SrsState as StateColumn } from "@/lib/generated/prisma/enums";
import { MIN_REVIEWS_TO_OPTIMIZE, optimizationResultSchema } from "@/lib/flashcards/optimize";
import { DEFAULT_FLASHCARD_SETTINGS, type FlashcardSettings } from "@/lib/flashcards/settings";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { Actor } from "@/lib/server/data/actor";
import { getOptimizationStatus } from "./get-optimization-status";
import { getFlashcardSettings } from "./get-flashcard-settings";
import { NotEnoughReviewsError, optimizeParameters } from "./optimize-parameters";
import { resetFsrsParameters } from "./reset-fsrs-parameters";
import { updateFlashcardSettings } from "./update-flashcard-settings";
import { mulberry32 } from "@/lib/random/seeded-random";

const availability = await loadFsrsOptimizer();
if (!availability.available) console.warn(`Skipping the optimizer runs: ${availability.reason}`);

const now = new Date("2026-09-01T12:00:00Z");
const DAY_MS = 86_400_000;

/**
 * A student who forgets much faster than FSRS' defaults assume: lower initial stabilities, slower
 * growth after each successful review, and a steeper forgetting curve.
 */
const TRUE_W = default_w.map((w, i) => ({ 0: 0.05, 1: 0.2, 2: 0.4, 3: 1.5, 8: 1.0, 20: 0.5 })[i] ?? w);

type SimulatedReview = { card: number; rating: RatingColumn; reviewedAt: Date; stateBefore: StateColumn };

const RATINGS: Record<Grade, RatingColumn> = { 1: "AGAIN", 2: "HARD", 3: "GOOD", 4: "EASY" };

/**
 * Simulates a student whose memory follows `TRUE_W` while the app schedules them with the default
 * parameters (as it does before any optimization): each interval is the default model's
 * stability (≈ 90 % predicted recall) give or take 20 %, and the student recalls with the true
 * model's probability. A lapse (or a failed first look) is followed by one relearning step ten
 * minutes later, so histories include same-day reviews.
 */
function simulate(seed: number, cards: number, longTermReviewsPerCard: number): SimulatedReview[] {
  const random = mulberry32(seed);
  const truth = fsrs(generatorParameters({ w: TRUE_W, enable_short_term: true }));
  const scheduler = fsrs(generatorParameters({ enable_short_term: true }));
  const start = Date.parse("2026-01-05T15:00:00Z"); // 10:00 in New York
  const reviews: SimulatedReview[] = [];
  for (let card = 0; card < cards; card++) {
    let day = Math.floor(random() * 30);
    let memory: FSRSState | null = null;
    let scheduled: FSRSState | null = null;
    for (let k = 0; k <= longTermReviewsPerCard; k++) {
      let grade: Grade;
      let deltaT = 0;
      if (memory === null || scheduled === null) {
        const u = random();
        grade = u < 0.2 ? 1 : u < 0.3 ? 2 : u < 0.9 ? 3 : 4;
      } else {
        deltaT = Math.max(1, Math.round(scheduled.stability * (0.8 + random() * 0.4)));
        day += deltaT;
        const recalled = random() < truth.forgetting_curve(deltaT, memory.stability);
        const u = random();
        grade = !recalled ? 1 : u < 0.15 ? 2 : u < 0.9 ? 3 : 4;
      }
      const stateBefore: StateColumn = k === 0 ? "NEW" : "REVIEW";
      const at = start + day * DAY_MS;
      memory = truth.next_state(memory, deltaT, grade);
      scheduled = scheduler.next_state(scheduled, deltaT, grade);
      reviews.push({ card, rating: RATINGS[grade], reviewedAt: new Date(at), stateBefore });
      if (grade === 1) {
        memory = truth.next_state(memory, 0, 3);
        scheduled = scheduler.next_state(scheduled, 0, 3);
        reviews.push({ card, rating: "GOOD", reviewedAt: new Date(at + 600_000), stateBefore: k === 0 ? "LEARNING" : "RELEARNING" });
      }
    }
  }
  return reviews;
}

/** Writes a simulated log for `actor` (fixture): one StudentCard per simulated card, with stable ids. */
async function writeLog(actor: Actor, idPrefix: string, reviews: SimulatedReview[]): Promise<void> {
  const db = getDb();
  const cardCount = Math.max(...reviews.map((r) => r.card)) + 1;
  const cards = await db.card.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: cardCount });
  expect(cards.length).toBe(cardCount);
  await db.studentCard.createMany({
    data: cards.map((c, i) => ({ id: `${idPrefix}-${String(i).padStart(3, "0")}`, userId: actor.id, cardId: c.id, state: "REVIEW" as const, due: now })),
  });
  await db.reviewLog.createMany({
    data: reviews.map((r) => ({
      userId: actor.id,
      studentCardId: `${idPrefix}-${String(r.card).padStart(3, "0")}`,
      rating: r.rating,
      reviewedAt: r.reviewedAt,
      durationMs: 3000,
      elapsedDays: 0,
      scheduledDays: 0,
      stateBefore: r.stateBefore,
      // The prior state is only read by undo, which these fixtures never use.
      before: {},
    })),
  });
}

async function storedOptimization(actor: Actor) {
  const row = await getDb().srsSettings.findUniqueOrThrow({ where: { userId: actor.id }, select: { optimization: true } });
  return optimizationResultSchema.parse(row.optimization);
}

/** An "optimizer" that returns a fixed parameter set, to check what happens to a bad one. */
function fixedOptimizer(parameters: readonly number[]): FsrsOptimizer {
  return { computeParameters: async () => [...parameters] };
}

const synthetic = simulate(20260901, 100, 7);
let student: Actor;

beforeAll(async () => {
  await resetWithBuiltInContent();
  student = await makeUser();
  await getDb().user.update({ where: { id: student.id }, data: { timeZone: "America/New_York" } });
  await writeLog(student, "synthetic", synthetic);
});


/** Fixture: stores settings as they would be after an optimization, bypassing the form's rules. */
async function storeSettings(actor: Actor, settings: FlashcardSettings): Promise<void> {
  await getDb().srsSettings.upsert({ where: { userId: actor.id }, create: { userId: actor.id, settings }, update: { settings } });
}

describe("optimizeParameters", () => {
  it("needs 400 reviews and says how many more", async () => {
    const newcomer = await makeUser();
    await writeLog(newcomer, "newcomer", simulate(7, 10, 3).slice(0, 37));
    const error = await optimizeParameters(newcomer, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotEnoughReviewsError);
    expect(error).toMatchObject({ reviewCount: 37, required: MIN_REVIEWS_TO_OPTIMIZE, missing: 363 });
    expect((error as Error).message).toBe("Personal parameters need at least 400 reviews to be reliable. You have 37, so 363 more reviews are needed.");
    expect(await getOptimizationStatus(newcomer)).toEqual({ reviewCount: 37, required: 400, personalParameters: false, lastRun: null, lastRunInUse: false });
    expect(await getDb().srsSettings.findUnique({ where: { userId: newcomer.id } })).toBeNull();
  });

  it("never applies parameters that predict the held-out reviews worse, but records the run", async () => {
    await storeSettings(student, { ...DEFAULT_FLASHCARD_SETTINGS, fsrsParameters: TRUE_W });
    // Initial stabilities of 50–80 days: this student would be predicted to remember almost everything.
    const worse = default_w.map((w, i) => [50, 60, 70, 80][i] ?? w);
    const result = await optimizeParameters(student, now, fixedOptimizer(worse));
    expect(result).toMatchObject({ applied: false, parameters: worse });
    expect(result.logLossAfter).toBeGreaterThan(result.logLossBefore ?? Number.POSITIVE_INFINITY);
    expect((await getFlashcardSettings(student)).fsrsParameters).toEqual(TRUE_W);
    expect(await storedOptimization(student)).toEqual(result);
    expect((await getOptimizationStatus(student)).lastRun).toEqual(result);
  });

  it("records a failed optimizer run without touching the parameters", async () => {
    const broken: FsrsOptimizer = { computeParameters: async () => Promise.reject(new Error("diverged")) };
    const result = await optimizeParameters(student, now, broken);
    expect(result).toMatchObject({ applied: false, parameters: null, logLossAfter: null });
    expect((await getFlashcardSettings(student)).fsrsParameters).toEqual(TRUE_W);
  });

  describe.skipIf(!availability.available)("with the FSRS optimizer", () => {
    it("fits a synthetic student's log and applies the parameters only because they predict better", async () => {
      await resetFsrsParameters(student);
      const result = await optimizeParameters(student, now);
      console.info(
        `Synthetic student (${synthetic.length} reviews): held-out log loss ${result.logLossBefore?.toFixed(4)} with the defaults → ${result.logLossAfter?.toFixed(4)} with the fitted parameters on ${result.heldOutReviews} held-out reviews; applied: ${result.applied}`,
      );
      expect(result.reviewsUsed).toBe(synthetic.length);
      expect(result.heldOutReviews).toBeGreaterThan(50);
      expect(result.trainReviews).toBeGreaterThan(400);
      expect(result.parameters).toHaveLength(21);
      expect(result.parameters?.every(Number.isFinite)).toBe(true);
      // The defaults misjudge this student badly, so the fitted parameters must win.
      expect(result.applied).toBe(true);
      if (!result.applied) return;
      expect(result.logLossAfter).toBeLessThan(result.logLossBefore);
      expect((await getFlashcardSettings(student)).fsrsParameters).toEqual(result.parameters);
      expect(await storedOptimization(student)).toEqual(result);
      expect(await getOptimizationStatus(student)).toEqual({ reviewCount: synthetic.length, required: 400, personalParameters: true, lastRun: result, lastRunInUse: true });
    });

    it("against parameters already in use, applies new ones only if they are better", async () => {
      await storeSettings(student, { ...DEFAULT_FLASHCARD_SETTINGS, fsrsParameters: TRUE_W });
      const result = await optimizeParameters(student, now);
      console.info(`Against the true parameters: held-out log loss ${result.logLossBefore?.toFixed(4)} → ${result.logLossAfter?.toFixed(4)} fitted; applied: ${result.applied}`);
      expect(result.logLossBefore).not.toBeNull();
      expect(result.logLossAfter).not.toBeNull();
      expect(result.applied).toBe((result.logLossAfter ?? Infinity) < (result.logLossBefore ?? -Infinity));
      expect((await getFlashcardSettings(student)).fsrsParameters).toEqual(result.applied ? result.parameters : TRUE_W);
    });
  });

  it("saving the settings form keeps the personal parameters (only optimizing or resetting changes them)", async () => {
    await storeSettings(student, { ...DEFAULT_FLASHCARD_SETTINGS, fsrsParameters: TRUE_W });
    const saved = await updateFlashcardSettings(student, { ...DEFAULT_FLASHCARD_SETTINGS, newCardsPerDay: 5, fsrsParameters: null });
    expect(saved).toEqual({ ...DEFAULT_FLASHCARD_SETTINGS, newCardsPerDay: 5, fsrsParameters: TRUE_W });
    expect(await getFlashcardSettings(student)).toEqual(saved);
  });

  it("reset goes back to the default parameters and keeps the record of the last run", async () => {
    await storeSettings(student, { ...DEFAULT_FLASHCARD_SETTINGS, newCardsPerDay: 7, fsrsParameters: TRUE_W });
    const lastRun = (await getOptimizationStatus(student)).lastRun;
    const settings = await resetFsrsParameters(student);
    expect(settings).toEqual({ ...DEFAULT_FLASHCARD_SETTINGS, newCardsPerDay: 7, fsrsParameters: null });
    expect(await getFlashcardSettings(student)).toEqual(settings);
    expect(await getOptimizationStatus(student)).toMatchObject({ personalParameters: false, lastRun, lastRunInUse: false });
  });

  it("only ever reads and writes the actor's own log and settings", async () => {
    await storeSettings(student, { ...DEFAULT_FLASHCARD_SETTINGS, fsrsParameters: TRUE_W });
    const before = await getDb().srsSettings.findUniqueOrThrow({ where: { userId: student.id } });
    const outsider = await makeUser();
    // The student's many reviews don't count for the outsider, and nothing of the student's changes.
    await expect(optimizeParameters(outsider, now, fixedOptimizer(default_w))).rejects.toMatchObject({ reviewCount: 0, missing: 400 });
    await resetFsrsParameters(outsider);
    expect(await getOptimizationStatus(outsider)).toEqual({ reviewCount: 0, required: 400, personalParameters: false, lastRun: null, lastRunInUse: false });
    expect(await getDb().srsSettings.findUniqueOrThrow({ where: { userId: student.id } })).toEqual(before);
    expect(await getDb().reviewLog.count({ where: { userId: student.id } })).toBe(synthetic.length);
  });
});
