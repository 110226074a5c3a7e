/** Every HELD_OUT_EVERY-th item (the 10th, 20th, … line) is held out; the others train. */
export const HELD_OUT_EVERY = 10;

export function isHeldOut(lineIndex: number): boolean {
  return (lineIndex + 1) % HELD_OUT_EVERY === 0;
}

/**
 * The corpus file's lines split into training and held-out text, each line ending in "\n". The
 * training script and the labs split the same file the same way, so a lab's "held-out" text is
 * text no checkpoint was trained on.
 */
export function splitCorpus(corpus: string): { train: string; heldOut: string } {
  const lines = corpus.split("\n").filter((l) => l.length > 0);
  const train: string[] = [];
  const heldOut: string[] = [];
  lines.forEach((l, i) => (isHeldOut(i) ? heldOut : train).push(`${l}\n`));
  return { train: train.join(""), heldOut: heldOut.join("") };
}
