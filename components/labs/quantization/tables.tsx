"use client";

import type { QuantizationSnapshot } from "@/lib/topics/quantization/lab/lab";
import type { QuantScheme } from "@/lib/topics/quantization/lab/quantize";

export const SCHEME_LABELS: Record<QuantScheme, string> = {
  absmax: "absmax per tensor",
  zeropoint: "zero-point per tensor",
  groupwise: "group-wise absmax",
};

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
const sci = (v: number) => (v === 0 ? "0" : v < 1e-3 ? v.toExponential(2) : v.toFixed(4));

type Results = NonNullable<QuantizationSnapshot["results"]>;

/** Accuracy, error and bytes of every scheme, side by side. */
export function SchemeTable({ results, fp32 }: { results: Results; fp32: QuantizationSnapshot["fp32"] }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label="Accuracy, error and size per scheme" tabIndex={0}>
      <table className="min-w-full text-left text-sm">
        <caption className="mb-2 text-left text-xs text-slate-500">
          Test accuracy, reconstruction error of the weight matrices and model size for each scheme. Bytes from quant.weight_bytes with bits per weight from quant.groupwise_bits_per_weight
          (FP16 scales and zero points counted; biases stay FP32).
        </caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">Scheme</th>
            <th scope="col" className="py-1 pr-3">Test accuracy</th>
            <th scope="col" className="py-1 pr-3">mean |w − ŵ|</th>
            <th scope="col" className="py-1 pr-3">max |w − ŵ|</th>
            <th scope="col" className="py-1 pr-3">largest Δ/2</th>
            <th scope="col" className="py-1 pr-3">bits / weight</th>
            <th scope="col" className="py-1 pr-3">bytes</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          <tr className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 font-medium">FP32</th>
            <td className="py-1 pr-3">{pct(fp32.testAccuracy)}</td>
            <td className="py-1 pr-3">0</td>
            <td className="py-1 pr-3">0</td>
            <td className="py-1 pr-3">—</td>
            <td className="py-1 pr-3">32</td>
            <td className="py-1 pr-3">{fp32.bytes.toLocaleString("en")}</td>
          </tr>
          {results.schemes.map((s) => (
            <tr key={`${s.bits}-${s.scheme}`} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-3 font-medium whitespace-nowrap">
                INT{s.bits} {SCHEME_LABELS[s.scheme]}
                {s.groupSize ? ` (g = ${s.groupSize})` : ""}
              </th>
              <td className="py-1 pr-3">{pct(s.testAccuracy)}</td>
              <td className="py-1 pr-3">{sci(s.meanAbsError)}</td>
              <td className="py-1 pr-3">{sci(s.maxAbsError)}</td>
              <td className="py-1 pr-3">{sci(s.maxHalfStep)}</td>
              <td className="py-1 pr-3">{s.bitsPerWeight.toFixed(3)}</td>
              <td className="py-1 pr-3">
                {s.quantizedBytes.toLocaleString("en", { maximumFractionDigits: 1 })} ({(fp32.bytes / s.quantizedBytes).toFixed(1)}× smaller)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The lab's own codes next to lib/compute's for a few weights: they must be identical. */
export function LibraryCheckTable({ checks, scheme }: { checks: Results["selected"]["checks"]; scheme: QuantScheme }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label="Codes of the lab and the formula library" tabIndex={0}>
      <table className="min-w-full text-left text-sm">
        <caption className="mb-2 text-left text-xs text-slate-500">
          The first weights of each layer, quantized by the lab and by {scheme === "zeropoint" ? "quant.asym_scale and quant.quantize_asym" : "quant.quantize_absmax and quant.absmax_scale"}.
        </caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">Layer</th>
            <th scope="col" className="py-1 pr-3">w</th>
            <th scope="col" className="py-1 pr-3">{scheme === "zeropoint" ? "scale" : "Δ"} (lab / library)</th>
            <th scope="col" className="py-1 pr-3">code (lab / library)</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {checks.map((c) => (
            <tr key={`${c.layer}-${c.index}`} className="border-b border-slate-100">
              <td className="py-1 pr-3 whitespace-nowrap">
                {c.layer} [{c.index}]
              </td>
              <td className="py-1 pr-3">{c.x.toFixed(5)}</td>
              <td className="py-1 pr-3">
                {c.labStep.toPrecision(6)} / {c.libraryStep.toPrecision(6)}
              </td>
              <td className={`py-1 pr-3 ${c.labCode === c.libraryCode ? "" : "text-red-700"}`}>
                {c.labCode} / {c.libraryCode}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
