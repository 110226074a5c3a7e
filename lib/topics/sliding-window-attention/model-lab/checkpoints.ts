/**
 * The windows the model lab compares, each with a checkpoint fine-tuned from base under that
 * window (`null` = full attention, the control fine-tune that separates the window's effect from
 * the extra training). The training recipes import this list, so lab and checkpoints agree.
 */
export const LAB_WINDOWS = [null, 64, 32, 16, 8] as const;
export type LabWindow = (typeof LAB_WINDOWS)[number];

export const windowCheckpointName = (w: number | null) => (w === null ? "window-full" : `window-${w}`);
