"use client";

import type { PairNumbers } from "@/lib/topics/rope/lab/lab";
import { relativeErrorLabel } from "@/lib/topics/rope/lab/format";

// Enough digits that a real disagreement would show; the last column says how close they are.
const full = (x: number) => (x === 0 ? "0" : x.toPrecision(10));

/** Each pair's θ_i, wavelength, m·θ_i and PI angle from the lab beside the formula library's values. */
export function RopeLibraryTable({ pairs, m, factor, maxRelError }: { pairs: readonly PairNumbers[]; m: number; factor: number; maxRelError: number }) {
  const columns: { title: string; lab: (p: PairNumbers) => number; lib: (p: PairNumbers) => number; fn: string }[] = [
    { title: "θ_i", fn: "rope.theta", lab: (p) => p.theta, lib: (p) => p.thetaLib },
    { title: "2π/θ_i", fn: "rope.wavelength", lab: (p) => p.wavelength, lib: (p) => p.wavelengthLib },
    { title: `m·θ_i (m = ${m})`, fn: "rope.angle", lab: (p) => p.angle, lib: (p) => p.angleLib },
    { title: `(m/${factor})·θ_i`, fn: "rope.pi_angle", lab: (p) => p.piAngle, lib: (p) => p.piAngleLib },
  ];
  const agrees = maxRelError < 1e-12;
  return (
    <div>
      <p className={`text-sm ${agrees ? "text-emerald-700" : "text-red-700"}`}>
        {agrees ? "✓ The lab and the formula library agree" : "✗ The lab and the formula library disagree"}: largest relative difference {relativeErrorLabel(maxRelError)} over all{" "}
        {pairs.length * columns.length} numbers.
      </p>
      <div role="region" aria-label="RoPE numbers per pair, lab and formula library" tabIndex={0} className="mt-2 max-h-80 overflow-auto rounded-md border border-slate-200">
        <table className="min-w-full text-right font-mono text-xs tabular-nums">
          <caption className="sr-only">RoPE numbers per pair, computed by the lab and by the formula library</caption>
          <thead className="sticky top-0 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" rowSpan={2} className="px-2 py-1 font-sans">
                i
              </th>
              {columns.map((c) => (
                <th key={c.fn} scope="colgroup" colSpan={2} className="border-l border-slate-200 px-2 py-1 text-center font-sans">
                  {c.title}
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((c) => [
                <th key={`${c.fn}-lab`} scope="col" className="border-l border-slate-200 px-2 py-1 font-sans font-normal">
                  lab
                </th>,
                <th key={`${c.fn}-lib`} scope="col" className="px-2 py-1 font-sans font-normal">
                  {c.fn}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={p.i} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-0.5 font-sans font-normal text-slate-600">
                  {p.i}
                </th>
                {columns.map((c) => [
                  <td key={`${c.fn}-lab`} className="border-l border-slate-200 px-2 py-0.5">
                    {full(c.lab(p))}
                  </td>,
                  <td key={`${c.fn}-lib`} className="px-2 py-0.5">
                    {full(c.lib(p))}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
