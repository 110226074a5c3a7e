"use client";

import type { RopeModelSnapshot } from "@/lib/topics/rope/model-lab/lab";
import { OffsetChart, PositionLossChart, ShiftChart, VARIANT_COLOURS } from "./model-charts";

const ppl = (v: number | null, pending: boolean) => (v === null ? (pending ? "…" : "—") : v.toFixed(2));

export function RopeModelResults({ data }: { data: RopeModelSnapshot }) {
  const { relative } = data;
  const ran = data.variants.some((v) => v.perplexity.some((p) => p !== null));
  return (
    <>
      <div>
        <h3 className="text-base font-semibold">Does the score depend only on the offset?</h3>
        <p className="mt-1 text-sm text-slate-700">
          Layer 1, head 1, the model&apos;s own <code>W_q</code> and <code>W_k</code>: RoPE&apos;s score for “{relative.pair[0]}” attending to “{relative.pair[1]}” {relative.offset} positions back varies by{" "}
          <strong>{relative.ropeSpread.toExponential(1)}</strong> as the pair slides along the text (rounding); with learned positions it varies by <strong>{relative.learnedSpread.toFixed(2)}</strong>,
          because the position&apos;s vector is added to the character&apos;s before the projections.
        </p>
        <div className="mt-2 grid gap-4 lg:grid-cols-2">
          <ShiftChart data={data} />
          <OffsetChart data={data} />
        </div>
      </div>
      {ran ? (
        <div>
          <h3 className="text-base font-semibold">Held-out perplexity at 1×, 2× and 4× the training length</h3>
          <PositionLossChart data={data} />
          <div role="region" aria-label="Held-out perplexity per position scheme and length" tabIndex={0} className="mt-3 overflow-x-auto">
            <table className="min-w-[40rem] text-sm">
              <thead>
                <tr className="text-left text-slate-600">
                  <th className="pr-4 font-medium">Scheme</th>
                  {data.lengths.map((L) => (
                    <th key={L} className="pr-4 font-medium">
                      {L} ({L / 128}×)
                    </th>
                  ))}
                  {data.lengths.slice(1).map((L) => (
                    <th key={`past-${L}`} className="pr-4 font-medium">
                      past 128, at {L}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.variants.map((v) => (
                  <tr key={v.id} className="align-top">
                    <td className="pr-4 pb-1">
                      <span className="mr-1 inline-block size-2 rounded-full" style={{ backgroundColor: VARIANT_COLOURS[v.id] }} aria-hidden />
                      {v.label}
                      <span className="block text-xs text-slate-500">{v.how}</span>
                    </td>
                    {v.perplexity.map((p, i) => (
                      <td key={i} className="pr-4">
                        {ppl(p, v.note === null || i === 0)}
                      </td>
                    ))}
                    {v.beyond.slice(1).map((p, i) => (
                      <td key={`b${i}`} className="pr-4">
                        {ppl(p, v.note === null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-3 text-sm text-slate-700">
            <h4 className="font-semibold">What to look for</h4>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              <li>Plain RoPE&apos;s loss climbs past position 128: it never saw those angles. Extrapolation is not RoPE&apos;s strength.</li>
              <li>NTK-aware scaling keeps most of the quality with no training: the fast pairs keep their angles, the slow ones are stretched.</li>
              <li>
                Position Interpolation moves every position, the short ones too, to fractional places the model never trained on: alone it is worse than doing nothing. With its short
                fine-tune it beats plain RoPE at 2×, the scale it was tuned for; pushed to 4× without more tuning, it falls back.
              </li>
              <li>No positions at all degrades gently with length, but starts far worse on this small training budget.</li>
            </ul>
          </div>
          <p className="mt-2 text-xs text-slate-600">
            Perplexity = e^(mean loss) over every prediction of whole windows of each length ({data.predictions.map((p) => p.toLocaleString("en-US")).join(" / ")} predictions), cut from the start of the
            held-out text; &ldquo;past 128&rdquo; averages only positions 128 and later. NTK-aware bases from <code>rope.ntk_base</code>: {data.ntkBases.map((b) => Math.round(b).toLocaleString("en-US")).join(" / ")}.
            {data.variants.find((v) => v.note)?.note ? ` ${data.variants.find((v) => v.note)!.note}` : ""}
          </p>
        </div>
      ) : null}
    </>
  );
}
