import { ropeAngle, ropePiAngle, ropeTheta, ropeWavelength } from "@/lib/topics/rope/compute";

/** One pair's numbers as the lab computes them, next to the formula library's. */
export type PairNumbers = {
  i: number;
  theta: number;
  thetaLib: number;
  wavelength: number;
  wavelengthLib: number;
  /** m·θ_i */
  angle: number;
  angleLib: number;
  /** (m/factor)·θ_i */
  piAngle: number;
  piAngleLib: number;
};

/**
 * Computes θ_i, λ_i, m·θ_i and (m/factor)·θ_i in the lab's own way (from the
 * θ list the rotations use) and through rope.theta, rope.wavelength,
 * rope.angle and rope.pi_angle, so the page can show that they agree.
 */
export function pairNumbers(thetas: readonly number[], d: number, base: number, m: number, factor: number): PairNumbers[] {
  return thetas.map((theta, i) => ({
    i,
    theta,
    thetaLib: ropeTheta({ i, d, base }).value,
    wavelength: (2 * Math.PI) / theta,
    wavelengthLib: ropeWavelength({ i, d, base }).value,
    angle: m * theta,
    angleLib: ropeAngle({ m, i, d, base }).value,
    piAngle: (m * theta) / factor,
    piAngleLib: ropePiAngle({ m, i, d, base, factor }).value,
  }));
}

/** |a − b| relative to |b| (absolute when b is 0, e.g. every angle at m = 0). */
export function relativeError(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

/** The largest disagreement between lab and library over every number in the table. */
export function largestLibraryError(rows: readonly PairNumbers[]): number {
  let worst = 0;
  for (const r of rows) {
    worst = Math.max(
      worst,
      relativeError(r.theta, r.thetaLib),
      relativeError(r.wavelength, r.wavelengthLib),
      relativeError(r.angle, r.angleLib),
      relativeError(r.piAngle, r.piAngleLib),
    );
  }
  return worst;
}
