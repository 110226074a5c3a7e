import { LAB_WINDOWS, type LabWindow } from "./checkpoints";

export type WindowModelSettings = {
  /** The text whose attention maps, per-character loss and receptive field are shown (2–128 characters). */
  prompt: string;
  /** The window of the checkpoint the maps, receptive field and sample come from; null = full attention. */
  window: LabWindow;
  /** Held-out characters each perplexity is measured on (the start of the held-out text). */
  heldOutChars: number;
};

/** The start of a held-out line (the 10th, 20th, … lines are never trained on). */
export const DEFAULT_PROMPT = "Receptive field of stacked sliding windows: How many positions a token's output can depend on after L layers of causal windows";

export const HELD_OUT_CHOICES = [512, 1024, 2048] as const;

export const DEFAULT_WINDOW_MODEL_SETTINGS: WindowModelSettings = { prompt: DEFAULT_PROMPT, window: 16, heldOutChars: 1024 };

export const MAX_PROMPT = 128;

/** Settings arrive from the page as plain data: anything off the menu is refused with a reason. */
export function validateWindowModelSettings(input: WindowModelSettings): WindowModelSettings {
  const prompt = typeof input.prompt === "string" ? input.prompt : "";
  const length = Array.from(prompt).length;
  if (length < 2 || length > MAX_PROMPT) throw new Error(`The text must have 2 to ${MAX_PROMPT} characters; it has ${length}.`);
  if (!LAB_WINDOWS.includes(input.window)) throw new Error(`There is no checkpoint for a window of ${String(input.window)}: choose full, ${LAB_WINDOWS.filter((w) => w !== null).join(", ")}.`);
  if (!(HELD_OUT_CHOICES as readonly number[]).includes(input.heldOutChars)) throw new Error(`Measure perplexity on ${HELD_OUT_CHOICES.join(", ")} held-out characters, not ${String(input.heldOutChars)}.`);
  return { prompt, window: input.window, heldOutChars: input.heldOutChars };
}
