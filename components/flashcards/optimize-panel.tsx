"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/forms/action-result";
import type { OptimizationStatus } from "@/lib/server/data/flashcards/get-optimization-status";
import type { OptimizationResult } from "@/lib/flashcards/optimize";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import { formatDateTimeIn } from "@/components/ui/format";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export type OptimizerAvailability = { available: true } | { available: false; reason: string };

const loss = (value: number | null) => (value === null ? "—" : value.toFixed(3));
const count = new Intl.NumberFormat("en-GB");

/** Shown while the optimizer runs: the request can take several seconds on a large log. */
function PendingNote() {
  const { pending } = useFormStatus();
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-600">
      {pending ? "Fitting parameters to your reviews — this can take a few seconds." : null}
    </p>
  );
}

function LastRun({ run, inUse, timeZone }: { run: OptimizationResult; inUse: boolean; timeZone: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
      <h3 className="font-medium text-slate-900">Last optimization</h3>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">When</dt>
        <dd className="text-slate-900">{formatDateTimeIn(new Date(run.ranAt), timeZone)}</dd>
        <dt className="text-slate-600">Reviews</dt>
        <dd className="text-slate-900">
          {count.format(run.reviewsUsed)} used: {count.format(run.trainReviews)} to learn from, {count.format(run.heldOutReviews)} held back for testing
        </dd>
        <dt className="text-slate-600">Log loss on held-back reviews</dt>
        <dd className="text-slate-900">
          <span className="font-mono">
            {loss(run.logLossBefore)} → {loss(run.logLossAfter)}
          </span>{" "}
          <span className="text-slate-600">(current → new; lower predicts better)</span>
        </dd>
        <dt className="text-slate-600">Outcome</dt>
        <dd className="text-slate-900">
          {run.applied ? (
            <>
              <Badge tone="green">Applied</Badge>{" "}
              {inUse ? "The new parameters predicted better, so your reviews are scheduled with them." : "The new parameters predicted better and were used until you went back to the default parameters."}
            </>
          ) : (
            <>
              <Badge tone="slate">Not applied</Badge> {run.reason}
            </>
          )}
        </dd>
      </dl>
    </div>
  );
}

/**
 * "Personal parameters": how far the student is from the reviews an optimization needs, the
 * Optimize button (where the optimizer can run), the last run's result, and a way back to the
 * default parameters.
 */
export function OptimizePanel({
  status,
  optimizer,
  optimizeAction,
  resetAction,
  timeZone,
}: {
  status: OptimizationStatus;
  /** The account's zone, for when the last run was. */
  timeZone: string;
  optimizer: OptimizerAvailability;
  optimizeAction: Action;
  resetAction: Action;
}) {
  // One state for both forms, so only the latest action's message shows.
  const [state, dispatch] = useActionState((prev: ActionState, form: FormData) => (form.get("intent") === "reset" ? resetAction(prev, form) : optimizeAction(prev, form)), null);
  const missing = Math.max(0, status.required - status.reviewCount);
  const progress = Math.min(status.reviewCount, status.required);
  return (
    <section aria-labelledby="personal-parameters" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="personal-parameters" className="text-lg font-semibold text-slate-900">
          Personal parameters
        </h2>
        <Badge tone={status.personalParameters ? "brand" : "slate"}>{status.personalParameters ? "Using your personal parameters" : "Using the default parameters"}</Badge>
      </div>
      <p className="text-sm text-slate-600">
        FSRS predicts when you are about to forget a card. Its default parameters describe an average learner; once you have enough reviews, it can fit them to how you remember. New parameters are
        tested on cards held back from the fit and only used if they predict those reviews better.
      </p>

      <div>
        <p id="optimize-progress" className="text-sm text-slate-800">
          {missing > 0
            ? `${count.format(status.reviewCount)} of the ${count.format(status.required)} reviews needed — ${count.format(missing)} more to go`
            : `${count.format(status.reviewCount)} reviews — enough to optimize (${count.format(status.required)} needed)`}
        </p>
        <div
          role="progressbar"
          aria-labelledby="optimize-progress"
          aria-valuemin={0}
          aria-valuemax={status.required}
          aria-valuenow={progress}
          className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full rounded-full bg-brand-600" style={{ width: `${(progress / status.required) * 100}%` }} />
        </div>
      </div>

      <FormMessage state={state} />

      {optimizer.available ? (
        <form action={dispatch} className="space-y-2">
          <input type="hidden" name="intent" value="optimize" />
          <SubmitButton pendingText="Optimizing…" disabled={missing > 0} aria-describedby={missing > 0 ? "optimize-progress" : undefined}>
            Optimize
          </SubmitButton>
          <PendingNote />
        </form>
      ) : (
        <Alert tone="info">{optimizer.reason}</Alert>
      )}

      {status.lastRun ? <LastRun run={status.lastRun} inUse={status.lastRunInUse} timeZone={timeZone} /> : null}

      {status.personalParameters ? (
        <form action={dispatch}>
          <input type="hidden" name="intent" value="reset" />
          <SubmitButton variant="secondary" pendingText="Resetting…">
            Reset to default parameters
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}
