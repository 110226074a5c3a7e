import "server-only";
import { getDb } from "@/lib/server/db";
import { MIN_REVIEWS_TO_OPTIMIZE, optimizationResultSchema, type OptimizationResult } from "@/lib/srs/optimize";
import { settingsSchema } from "@/lib/srs/settings";
import type { Actor } from "../actor";

export type OptimizationStatus = {
  reviewCount: number;
  required: number;
  /** True when the actor's reviews are scheduled with personal parameters rather than the defaults. */
  personalParameters: boolean;
  lastRun: OptimizationResult | null;
};

/** Where the actor stands with personal FSRS parameters: reviews so far, what is in use, the last run. */
export async function getOptimizationStatus(actor: Actor): Promise<OptimizationStatus> {
  const db = getDb();
  const [reviewCount, row] = await Promise.all([
    db.reviewLog.count({ where: { userId: actor.id } }),
    db.srsSettings.findUnique({ where: { userId: actor.id }, select: { settings: true, optimization: true } }),
  ]);
  const settings = settingsSchema.safeParse(row?.settings ?? {});
  const lastRun = optimizationResultSchema.safeParse(row?.optimization);
  return {
    reviewCount,
    required: MIN_REVIEWS_TO_OPTIMIZE,
    personalParameters: settings.success && settings.data.fsrsParameters !== null,
    lastRun: lastRun.success ? lastRun.data : null,
  };
}
