import "server-only";
import { getDb } from "@/lib/server/db";
import { AppError, ValidationError } from "@/lib/server/errors";
import { loadFsrsOptimizer, type FsrsOptimizer } from "@/lib/server/fsrs-optimizer";
import { log } from "@/lib/server/log";
import { decideOptimization, HELD_OUT_SHARE, MIN_REVIEWS_TO_OPTIMIZE, roundParameters, type OptimizationResult, type OptimizationRun } from "@/lib/flashcards/optimize";
import { cardHistories, splitCards, trainingItems, type ReviewStep } from "@/lib/flashcards/optimize-items";
import { logLoss } from "@/lib/flashcards/optimize-log-loss";
import { parseSteps, settingsSchema } from "@/lib/flashcards/settings";
import type { Actor } from "@/lib/server/data/actor";
import { RATING_FROM_COLUMN, STATE_FROM_COLUMN } from "./internal/card-columns";
import { readSettings } from "./internal/read-settings";
import { readSettingsForUpdate } from "./internal/read-settings-for-update";

/** Too few reviews to fit personal parameters; says how many more are needed. */
export class NotEnoughReviewsError extends ValidationError {
  readonly missing: number;

  constructor(
    readonly reviewCount: number,
    readonly required: number = MIN_REVIEWS_TO_OPTIMIZE,
  ) {
    const missing = required - reviewCount;
    super(`Personal parameters need at least ${required} reviews to be reliable. You have ${reviewCount}, so ${missing} more ${missing === 1 ? "review is" : "reviews are"} needed.`);
    this.missing = missing;
  }
}

/** The optimizer can't run on this server's platform. */
export class OptimizerUnavailableError extends AppError {
  constructor(message: string) {
    super(message, 503, "optimizer_unavailable");
  }
}

async function fit(optimizer: FsrsOptimizer, items: ReviewStep[][], numRelearningSteps: number): Promise<OptimizationRun["candidate"]> {
  if (items.length === 0) {
    return { error: "None of your cards outside the ones held back for testing has been reviewed on two different days yet, so there is nothing to learn from. Keep reviewing and try again." };
  }
  try {
    return { parameters: roundParameters(await optimizer.computeParameters(items, { numRelearningSteps })) };
  } catch (error) {
    log("warn", "fsrs_optimize_failed", { items: items.length, error: error instanceof Error ? error.message : String(error) });
    return { error: "The optimizer could not fit parameters to your reviews this time, so your parameters were not changed." };
  }
}

/**
 * Fits personal FSRS parameters to the actor's own review log. Whole cards are held back from
 * training (by a hash of their id) and both the current parameters (or the defaults) and the new
 * ones are scored on them; the new ones replace the current ones only if they predict those
 * reviews strictly better. Every run is recorded as the last optimization, applied or not.
 *
 * Training can take seconds, so it runs before the transaction; the comparison and both writes
 * happen in one transaction against the settings as they are then, so a reset or settings
 * change made meanwhile is judged against, not overwritten.
 */
export async function optimizeParameters(actor: Actor, now: Date, optimizer?: FsrsOptimizer): Promise<OptimizationResult> {
  const db = getDb();
  const [user, rows] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } }),
    // One query for the whole log, ordered the way histories are built (per card, oldest first).
    db.reviewLog.findMany({
      where: { userId: actor.id },
      orderBy: [{ studentCardId: "asc" }, { reviewedAt: "asc" }, { id: "asc" }],
      select: { studentCardId: true, rating: true, reviewedAt: true, stateBefore: true },
    }),
  ]);
  if (rows.length < MIN_REVIEWS_TO_OPTIMIZE) throw new NotEnoughReviewsError(rows.length);

  let engine = optimizer;
  if (!engine) {
    const loaded = await loadFsrsOptimizer();
    if (!loaded.available) throw new OptimizerUnavailableError(loaded.reason);
    engine = loaded.optimizer;
  }

  const histories = cardHistories(
    rows.map((r) => ({ cardId: r.studentCardId, rating: RATING_FROM_COLUMN[r.rating], reviewedAt: r.reviewedAt, stateBefore: STATE_FROM_COLUMN[r.stateBefore] })),
    user.timeZone,
  );
  const { train, heldOut } = splitCards(histories, HELD_OUT_SHARE);
  const items = train.flatMap(trainingItems);
  const settingsAtStart = await readSettings(db, actor.id);
  const candidate = await fit(engine, items, parseSteps(settingsAtStart.relearningSteps).length);

  return db.$transaction(async (tx) => {
    const current = await readSettingsForUpdate(tx, actor.id);
    const relearning = parseSteps(current.relearningSteps);
    const before = logLoss(heldOut, current.fsrsParameters, relearning);
    const after = "parameters" in candidate ? logLoss(heldOut, candidate.parameters, relearning) : null;
    const result = decideOptimization({
      ranAt: now,
      reviewsUsed: histories.reduce((n, h) => n + h.steps.length, 0),
      trainReviews: items.length,
      heldOutReviews: before.reviews,
      logLossBefore: before.logLoss,
      logLossAfter: after?.logLoss ?? null,
      candidate,
    });
    const settings = result.applied ? settingsSchema.parse({ ...current, fsrsParameters: result.parameters }) : current;
    await tx.srsSettings.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, settings, optimization: result },
      update: result.applied ? { settings, optimization: result } : { optimization: result },
    });
    return result;
  });
}
