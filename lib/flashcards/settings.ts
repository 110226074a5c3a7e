import { checkParameters, type StepUnit } from "ts-fsrs";
import { z } from "zod";
import { text } from "@/lib/schemas/text";

/** FSRS-6 has 21 weights; older 17/19-weight sets would be silently migrated, so we ask for 21. */
export const FSRS6_PARAMETER_COUNT = 21;

const STEP = /^(\d+(?:\.\d+)?)(m|h|d)$/;
const MINUTES_PER_UNIT = { m: 1, h: 60, d: 1440 } as const;

/** Splits "1m 10m" (spaces or commas) into step tokens; an empty string means "no steps". */
function stepTokens(text: string): string[] {
  return text.split(/[\s,]+/).filter((t) => t.length > 0);
}

function stepMinutes(token: string): number | null {
  const match = STEP.exec(token);
  if (!match) return null;
  return Number(match[1]) * MINUTES_PER_UNIT[match[2] as keyof typeof MINUTES_PER_UNIT];
}

/**
 * Parses a validated steps string into ts-fsrs steps. Only call on text that passed
 * `settingsSchema`; invalid tokens throw rather than being dropped, so a bad value can't
 * quietly change someone's schedule.
 */
export function parseSteps(text: string): StepUnit[] {
  return stepTokens(text).map((token) => {
    if (stepMinutes(token) === null) throw new Error(`"${token}" is not a step like 10m, 1h or 1d.`);
    return token as StepUnit;
  });
}

export function stepsField(label: string, maxSteps: number) {
  return text()
    .trim()
    .superRefine((text, ctx) => {
      const tokens = stepTokens(text);
      if (tokens.length > maxSteps) {
        ctx.addIssue({ code: "custom", message: `${label} can have at most ${maxSteps} steps.` });
        return;
      }
      let previous = 0;
      for (const token of tokens) {
        const minutes = stepMinutes(token);
        if (minutes === null) {
          ctx.addIssue({ code: "custom", message: `${label}: "${token}" is not a step. Write each step as a number and a unit, like "1m 10m" or "1h 1d".` });
          return;
        }
        if (minutes <= 0) {
          ctx.addIssue({ code: "custom", message: `${label}: each step must be longer than zero.` });
          return;
        }
        if (minutes <= previous) {
          ctx.addIssue({ code: "custom", message: `${label} must get longer from one step to the next ("${token}" is not longer than the step before it).` });
          return;
        }
        previous = minutes;
      }
    });
}

export const settingsSchema = z.object({
  desiredRetention: z.coerce
    .number()
    .min(0.7, "Desired retention must be between 70 % and 97 %. Lower retention means fewer reviews but you will forget more; below 70 % you forget too much for reviews to help.")
    .max(0.97, "Desired retention must be between 70 % and 97 %. Higher retention means more reviews each day; above 97 % the workload grows very fast for little gain.")
    .default(0.9),
  maximumIntervalDays: z.coerce
    .number()
    .int("Maximum interval must be a whole number of days.")
    .min(1, "Maximum interval must be at least 1 day.")
    .max(36500, "Maximum interval can be at most 36500 days (100 years).")
    .default(36500),
  newCardsPerDay: z.coerce
    .number()
    .int("New cards per day must be a whole number.")
    .min(0, "New cards per day can't be negative; use 0 to pause new cards.")
    .max(500, "New cards per day can be at most 500.")
    .default(20),
  maxReviewsPerDay: z.coerce
    .number()
    .int("Maximum reviews per day must be a whole number.")
    .min(0, "Maximum reviews per day can't be negative; use 0 to pause reviews.")
    .max(9999, "Maximum reviews per day can be at most 9999.")
    .default(9999),
  learningSteps: stepsField("Learning steps", 10).default("1m 10m"),
  relearningSteps: stepsField("Relearning steps", 10).default("10m"),
  /**
   * Siblings (cards of one note: a cloze note's deletions, computed cards of one template) are
   * shown at most one a day; the others are buried until tomorrow. Off: siblings come together.
   */
  burySiblings: z.boolean().default(true),
  leechThreshold: z.coerce
    .number()
    .int("Leech threshold must be a whole number of lapses.")
    .min(1, "Leech threshold must be at least 1 lapse.")
    .max(100, "Leech threshold can be at most 100 lapses.")
    .default(8),
  fsrsParameters: z
    .array(z.number({ error: "Personal FSRS parameters must all be finite numbers." }))
    .superRefine((w, ctx) => {
      if (w.length !== FSRS6_PARAMETER_COUNT) {
        ctx.addIssue({ code: "custom", message: `Personal FSRS parameters must be a list of ${FSRS6_PARAMETER_COUNT} numbers (FSRS-6); got ${w.length}.` });
        return;
      }
      try {
        checkParameters(w);
      } catch {
        ctx.addIssue({ code: "custom", message: "Personal FSRS parameters must all be finite numbers." });
      }
    })
    .nullable()
    .default(null),
});

export type FlashcardSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_FLASHCARD_SETTINGS: FlashcardSettings = settingsSchema.parse({});
