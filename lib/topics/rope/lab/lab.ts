import type { LabUpdate } from "@/lib/labs/protocol";
import { makeRng, type Rng } from "@/lib/labs/seeded-rng";
import { largestLibraryError, pairNumbers, type PairNumbers } from "./library-check";
import { norm, rotate, rotatedScore, ropeThetas } from "./rotary";
import { DEFAULT_ROPE_SETTINGS, validateRopeSettings, type RopeSettings } from "./settings";

export { DEFAULT_ROPE_SETTINGS };
export type { PairNumbers, RopeSettings };

/** One pair of q drawn in the plane: before, after RoPE at m, after RoPE with Position Interpolation. */
export type RotationPicture = {
  pair: number;
  before: [number, number];
  rotated: [number, number];
  piRotated: [number, number];
  angle: number;
  piAngle: number;
};

export type RopeSnapshot = {
  settings: RopeSettings;
  q: number[];
  k: number[];
  /** θ_i, λ_i and angles per pair, lab and formula library side by side. */
  pairs: PairNumbers[];
  libraryMaxRelError: number;
  scores: {
    /** q·k with no rotation, for reference. */
    unrotated: number;
    atMN: number;
    atShifted: number;
    piAtMN: number;
    piAtShifted: number;
  };
  norms: { q: number; qRotated: number; k: number; kRotated: number };
  picture: RotationPicture;
  /** q·k as a function of m − n; filled in chunks, so shorter than `offsetCount` until done. */
  offsets: number[];
  scoreByOffset: number[];
  piScoreByOffset: number[];
  /** q·q (the key equals the query): peaks at offset 0 and shrinks with distance. */
  selfScoreByOffset: number[];
  offsetCount: number;
  trials: {
    done: number;
    total: number;
    /** Largest |q_m·k_n − q_{m+s}·k_{n+s}| over the random draws, plain RoPE and with interpolation. */
    maxRelativeGap: number;
    /** Largest |‖R x‖ − ‖x‖| over the random draws. */
    maxNormGap: number;
  };
};

const OFFSET_CHUNK = 128;
const TRIAL_CHUNK = 250;
// Random trials place tokens anywhere in a 100k-token context: far beyond the
// offset chart, so the check covers large angles too.
const TRIAL_POSITIONS = 100_000;

function randomVector(rng: Rng, d: number): number[] {
  return Array.from({ length: d }, () => rng.normal());
}

function initialSnapshot(s: RopeSettings): RopeSnapshot {
  const rng = makeRng(s.seed);
  const q = randomVector(rng, s.d);
  const k = randomVector(rng, s.d);
  const thetas = ropeThetas(s.d, s.base);
  const pairs = pairNumbers(thetas, s.d, s.base, s.m, s.piFactor);
  const qm = rotate(q, s.m, thetas);
  const kn = rotate(k, s.n, thetas);
  const qPi = rotate(q, s.m, thetas, s.piFactor);
  const p = s.pair;
  return {
    settings: s,
    q,
    k,
    pairs,
    libraryMaxRelError: largestLibraryError(pairs),
    scores: {
      unrotated: rotatedScore(q, k, 0, 0, thetas),
      atMN: rotatedScore(q, k, s.m, s.n, thetas),
      atShifted: rotatedScore(q, k, s.m + s.shift, s.n + s.shift, thetas),
      piAtMN: rotatedScore(q, k, s.m, s.n, thetas, s.piFactor),
      piAtShifted: rotatedScore(q, k, s.m + s.shift, s.n + s.shift, thetas, s.piFactor),
    },
    norms: { q: norm(q), qRotated: norm(qm), k: norm(k), kRotated: norm(kn) },
    picture: {
      pair: p,
      before: [q[2 * p]!, q[2 * p + 1]!],
      rotated: [qm[2 * p]!, qm[2 * p + 1]!],
      piRotated: [qPi[2 * p]!, qPi[2 * p + 1]!],
      angle: pairs[p]!.angle,
      piAngle: pairs[p]!.piAngle,
    },
    offsets: [],
    scoreByOffset: [],
    piScoreByOffset: [],
    selfScoreByOffset: [],
    offsetCount: 2 * s.maxOffset + 1,
    trials: { done: 0, total: s.trials, maxRelativeGap: 0, maxNormGap: 0 },
  };
}

/**
 * Rotates seeded random q and k and reports what RoPE does to their dot product:
 * first the numbers at (m, n) and (m+s, n+s), then q·k over a range of offsets,
 * then many random draws checking the relative property and norm preservation.
 * No training happens here, so there are no gradients to check.
 */
export function* runRopeLab(input: RopeSettings): Generator<LabUpdate<RopeSnapshot>, void, void> {
  const s = validateRopeSettings({ ...DEFAULT_ROPE_SETTINGS, ...input });
  const thetas = ropeThetas(s.d, s.base);
  let snap = initialSnapshot(s);
  const work = snap.offsetCount + s.trials;
  const progress = () => (snap.offsets.length + snap.trials.done) / work;
  yield { progress: progress(), message: "Rotated q and k at (m, n) and (m + s, n + s).", data: snap };

  // The key sits at position maxOffset so that every query position n + δ is ≥ 0.
  const anchor = s.maxOffset;
  for (let start = -s.maxOffset; start <= s.maxOffset; start += OFFSET_CHUNK) {
    const offsets = [...snap.offsets];
    const scores = [...snap.scoreByOffset];
    const piScores = [...snap.piScoreByOffset];
    const selfScores = [...snap.selfScoreByOffset];
    for (let delta = start; delta < start + OFFSET_CHUNK && delta <= s.maxOffset; delta++) {
      offsets.push(delta);
      scores.push(rotatedScore(snap.q, snap.k, anchor + delta, anchor, thetas));
      piScores.push(rotatedScore(snap.q, snap.k, anchor + delta, anchor, thetas, s.piFactor));
      selfScores.push(rotatedScore(snap.q, snap.q, anchor + delta, anchor, thetas));
    }
    snap = { ...snap, offsets, scoreByOffset: scores, piScoreByOffset: piScores, selfScoreByOffset: selfScores };
    yield { progress: progress(), message: `q·k for offsets up to ${offsets.at(-1)} of ${s.maxOffset}.`, data: snap };
  }

  // A separate stream, so the number of trials doesn't change the q and k shown above.
  const rng = makeRng((s.seed + 0x9e3779b9) >>> 0);
  let { maxRelativeGap, maxNormGap } = snap.trials;
  for (let done = 0; done < s.trials; ) {
    const end = Math.min(done + TRIAL_CHUNK, s.trials);
    for (; done < end; done++) {
      const q = randomVector(rng, s.d);
      const k = randomVector(rng, s.d);
      const m = rng.int(TRIAL_POSITIONS);
      const n = rng.int(TRIAL_POSITIONS);
      const shift = rng.int(TRIAL_POSITIONS);
      for (const factor of [1, s.piFactor]) {
        const gap = Math.abs(rotatedScore(q, k, m, n, thetas, factor) - rotatedScore(q, k, m + shift, n + shift, thetas, factor));
        maxRelativeGap = Math.max(maxRelativeGap, gap);
      }
      maxNormGap = Math.max(maxNormGap, Math.abs(norm(rotate(q, m, thetas)) - norm(q)));
    }
    snap = { ...snap, trials: { done, total: s.trials, maxRelativeGap, maxNormGap } };
    yield { progress: progress(), message: `Checked the relative property on ${done} of ${s.trials} random draws.`, data: snap };
  }
}
