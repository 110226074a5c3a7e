import "server-only";
import { getDb } from "@/lib/server/db";
import { MIN_REVIEWS_TO_OPTIMIZE, optimizationResultSchema, type OptimizationResult } from "@/lib/flashcards/optimize";
import { settingsSchema } from "@/lib/flashcards/settings";
import type { Actor } from "@/lib/server/data/actor";

export type OptimizationStatus = {
  reviewCount: number;
  required: number;
  /** True when the actor's reviews are scheduled with personal parameters rather than the defaults. */
  personalParameters: boolean;
  lastRun: OptimizationResult | null;
  /** True when the last run was applied and its parameters are still the ones in use (no reset since). */
  lastRunInUse: boolean;
};

/** Where the actor stands with personal FSRS parameters: reviews so far, what is in use, the last run. */
export async function getOptimizationStatus(actor: Actor): Promise<OptimizationStatus> {
  const db = getDb();
  const [reviewCount, row] = await Promise.all([
    db.reviewLog.count({ where: { userId: actor.id } }),
    db.srsSettings.findUnique({ where: { userId: actor.id }, select: { settings: true, optimization: true } }),
  ]);
  const settings = settingsSchema.safeParse(row?.settings ?? {});
  const inUse = settings.success ? settings.data.fsrsParameters : null;
  const parsedRun = optimizationResultSchema.safeParse(row?.optimization);
  const lastRun = parsedRun.success ? parsedRun.data : null;
  return {
    reviewCount,
    required: MIN_REVIEWS_TO_OPTIMIZE,
    personalParameters: inUse !== null,
    lastRun,
    lastRunInUse: lastRun !== null && lastRun.applied && inUse !== null && inUse.every((w, i) => w === lastRun.parameters[i]),
  };
}
