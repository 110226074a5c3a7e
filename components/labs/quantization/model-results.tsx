"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";
import { SampleList } from "@/components/labs/sample-list";
import type { QuantModelSnapshot } from "@/lib/topics/quantization/model-lab/lab";

const kib = (b: number) => `${(b / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KiB`;
const SHORT: Record<string, string> = {
  fp32: "FP32",
  "int8-tensor": "INT8 t",
  "int8-channel": "INT8 ch",
  "int4-tensor": "INT4 t",
  "int4-zeropoint": "INT4 zp",
  "int4-channel": "INT4 ch",
  "int4-group64": "INT4 g64",
  nf4: "NF4",
  "nf4-double": "NF4 dq",
};

export function QuantModelResults({ data }: { data: QuantModelSnapshot }) {
  const fp32 = data.schemes.find((r) => r.id === "fp32")?.perplexity ?? null;
  return (
    <>
      {data.schemes.length ? (
        <div>
          <h3 className="text-base font-semibold">Size against held-out perplexity</h3>
          <div className="mt-2 grid gap-4 lg:grid-cols-2">
            <LabChartFigure
              height={300}
              label="Held-out perplexity of every scheme, with its bits per weight"
              caption={`Held-out perplexity over ${data.predictions.toLocaleString("en-US")} predictions, each bar labelled with the scheme's bits per weight (scales included). The axis starts near the best value, so small differences show; the dashed line is FP32.`}
            >
              <BarChart layout="vertical" data={data.schemes.map((r) => ({ ...r, name: `${SHORT[r.id]} · ${r.bitsPerWeight.toFixed(2)} b` }))} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" horizontal={false} />
                <XAxis type="number" dataKey="perplexity" domain={[(min: number) => Math.floor(min * 0.98 * 10) / 10, "auto"]} tick={{ fontSize: 11 }} tickFormatter={(v: number) => v.toFixed(1)} allowDataOverflow />
                <YAxis type="category" dataKey="name" width={112} tick={{ fontSize: 11 }} interval={0} />
                {fp32 !== null ? <ReferenceLine x={fp32} stroke="var(--chart-muted)" strokeDasharray="4 3" /> : null}
                <Tooltip formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(3) : String(v))} />
                <Bar dataKey="perplexity" name="perplexity" fill="var(--chart-brand)" isAnimationActive={false} />
              </BarChart>
            </LabChartFigure>
            <div role="region" aria-label="Every scheme's size, error and held-out perplexity" tabIndex={0} className="overflow-x-auto">
              <table className="min-w-[34rem] text-sm">
                <thead>
                  <tr className="text-left text-slate-600">
                    <th className="pr-3 font-medium">Scheme</th>
                    <th className="pr-3 font-medium">Bits/weight</th>
                    <th className="pr-3 font-medium">Size</th>
                    <th className="pr-3 font-medium whitespace-nowrap">Mean |w − ŵ|</th>
                    <th className="font-medium">Perplexity</th>
                  </tr>
                </thead>
                <tbody>
                  {data.schemes.map((r) => (
                    <tr key={r.id}>
                      <td className="pr-3">{r.label}</td>
                      <td className="pr-3">{r.bitsPerWeight.toFixed(3)}</td>
                      <td className="pr-3 whitespace-nowrap">
                        {kib(r.bytes)} {r.id !== "fp32" ? <span className="text-xs text-slate-500">({(data.fp32Bytes / r.bytes).toFixed(1)}× smaller)</span> : null}
                      </td>
                      <td className="pr-3">{r.meanAbsError ? r.meanAbsError.toExponential(1) : "0"}</td>
                      <td className="whitespace-nowrap">
                        {r.perplexity.toFixed(2)}
                        {fp32 !== null && r.id !== "fp32" ? <span className="text-xs text-slate-500"> ({r.perplexity >= fp32 ? "+" : ""}{(100 * (r.perplexity / fp32 - 1)).toFixed(1)} %)</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-600">
                Sizes from <code>quant.weight_bytes</code>, with FP16 scales per INT group (<code>quant.groupwise_bits_per_weight</code>), FP32 absmax per NF4 block, or{" "}
                <code>quant.nf4_total_bits_per_param</code> with double quantization (8-bit constants in blocks of 256; QLoRA stores them as 8-bit floats, this lab as INT8, the same
                storage). The RMSNorm gains stay FP32.
              </p>
            </div>
          </div>
        </div>
      ) : null}
      {data.schemes.length ? (
        <div>
          <h3 className="text-base font-semibold">What each version writes</h3>
          <p className="mt-1 text-sm text-slate-700">“{data.prompt}” continued by 80 sampled characters, the same seed for all (temperature 0.8, the 20 likeliest).</p>
          <SampleList label="What each version writes" items={data.schemes.map((r) => ({ key: r.id, name: r.label, opening: data.prompt, text: r.sample }))} />
        </div>
      ) : null}
      {data.sensitivity.length && fp32 !== null ? (
        <div role="region" aria-label="Which matrices suffer most from INT4" tabIndex={0} className="overflow-x-auto">
          <h3 className="text-base font-semibold">Which matrices suffer most from INT4?</h3>
          <p className="mt-1 text-sm text-slate-700">INT4 absmax per tensor on one group of matrices at a time, everything else FP32.</p>
          <table className="mt-2 text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="pr-4 font-medium">Quantized alone</th>
                <th className="pr-4 font-medium">Perplexity</th>
                <th className="font-medium">Change</th>
              </tr>
            </thead>
            <tbody>
              {data.sensitivity.map((r) => (
                <tr key={r.group}>
                  <td className="pr-4">{r.group}</td>
                  <td className="pr-4">{r.perplexity.toFixed(2)}</td>
                  <td>
                    {r.perplexity >= fp32 ? "+" : ""}
                    {(100 * (r.perplexity / fp32 - 1)).toFixed(1)} %
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold">The weights of every matrix, and the library check</summary>
        <p className="mt-2 text-slate-700">
          A per-tensor step is set by the largest weight: when max|w| sits several RMS out, most weights share a handful of codes. That is why per-channel and per-group steps help.
        </p>
        <div role="region" aria-label="Weight statistics per matrix" tabIndex={0} className="mt-2 overflow-x-auto">
          <table className="text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="pr-4 font-medium">Matrix</th>
                <th className="pr-4 font-medium">Shape</th>
                <th className="pr-4 font-medium">max |w|</th>
                <th className="pr-4 font-medium">RMS</th>
                <th className="font-medium">max / RMS</th>
              </tr>
            </thead>
            <tbody>
              {data.stats.map((s) => (
                <tr key={s.name}>
                  <td className="pr-4 font-mono text-xs">{s.name}</td>
                  <td className="pr-4">
                    {s.rows} × {s.cols}
                  </td>
                  <td className="pr-4">{s.maxAbs.toFixed(3)}</td>
                  <td className="pr-4">{s.rms.toFixed(4)}</td>
                  <td>{s.peakRatio.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-3 text-slate-700">
          INT8 per tensor, recomputed by <code>quant.quantize_absmax</code> and <code>quant.absmax_scale</code>:{" "}
          {data.checks.every((c) => c.labCode === c.libraryCode && Math.abs(c.step - c.libraryStep) <= 1e-12 * c.libraryStep) ? "✓ every code and step agrees" : "✗ a code differs"} (
          {data.checks.map((c) => `${c.tensor}[${c.index}] → ${c.labCode}`).join(", ")}).
        </p>
      </details>
    </>
  );
}
