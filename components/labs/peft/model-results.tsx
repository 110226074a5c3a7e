"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";
import { SampleList } from "@/components/labs/sample-list";
import type { EvalPoint, PeftModelSnapshot } from "@/lib/topics/peft/model-lab/lab";
import { SAMPLE_OPENING } from "@/lib/topics/peft/model-lab/texts";

const LABEL = { base: "Base model", full: "Full fine-tuning", lora: "LoRA" } as const;
const count = (n: number) => n.toLocaleString("en-US");
const kib = (b: number) => `${(b / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KiB`;

export function PeftModelResults({ data }: { data: PeftModelSnapshot }) {
  const latest = (m: EvalPoint["method"]) => data.evals.filter((e) => e.method === m).at(-1);
  return (
    <>
      <div role="region" aria-label="What each method trains and keeps" tabIndex={0} className="overflow-x-auto">
        <h3 className="text-base font-semibold">What each method trains</h3>
        <table className="mt-2 min-w-[36rem] text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="pr-4 font-medium">Method</th>
              <th className="pr-4 font-medium">Trainable (optimiser)</th>
              <th className="pr-4 font-medium">lib/compute</th>
              <th className="pr-4 font-medium">Share</th>
              <th className="pr-4 font-medium">Adam moments here</th>
              <th className="font-medium">Mixed-precision states</th>
            </tr>
          </thead>
          <tbody>
            {data.methods.map((m) => (
              <tr key={m.method}>
                <td className="pr-4">{m.method === "lora" ? `LoRA r = ${data.settings.rank}` : LABEL.full}</td>
                <td className="pr-4">{count(m.trainable)}</td>
                <td className="pr-4 whitespace-nowrap">
                  {count(m.fromFormula)} {m.fromFormula === m.trainable ? "✓" : "✗"}
                </td>
                <td className="pr-4">{(100 * m.share).toFixed(2)} %</td>
                <td className="pr-4 whitespace-nowrap">{kib(m.momentBytes)}</td>
                <td className="whitespace-nowrap">{kib(m.mixedPrecisionBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-600">
          LoRA&apos;s count is Σ <code>peft.lora_params</code> = r(d + k) over the adapted matrices; the share is <code>peft.trainable_share</code>. Adam&apos;s two float32 moments are measured
          from the optimiser&apos;s buffers. Mixed-precision model states: <code>finetune.full_adam_bytes</code> (16 bytes per parameter) for full fine-tuning, and{" "}
          <code>peft.qlora_state_bytes</code> over a 16-bit frozen base for LoRA.
        </p>
      </div>
      {data.curve.length ? (
        <div>
          <h3 className="text-base font-semibold">Training loss on the new text</h3>
          <LabChartFigure label="Training loss against step for full fine-tuning and LoRA" caption="Mean loss (nats per character) of each step's batch, the same batches for both methods.">
            <LineChart data={data.curve} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
              <XAxis dataKey="step" type="number" domain={[1, data.settings.steps]} tick={{ fontSize: 11 }} />
              <YAxis domain={[0, "auto"]} tick={{ fontSize: 11 }} width={36} tickFormatter={(v: number) => v.toFixed(1)} />
              <Tooltip formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(3) : String(v))} labelFormatter={(v) => `step ${String(v)}`} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line dataKey="full" name="full fine-tuning" stroke="#d97706" dot={false} isAnimationActive={false} />
              <Line dataKey="lora" name={`LoRA r = ${data.settings.rank}`} stroke="var(--chart-brand)" dot={false} isAnimationActive={false} />
            </LineChart>
          </LabChartFigure>
        </div>
      ) : null}
      {data.evals.length ? (
        <div role="region" aria-label="Learned and forgotten" tabIndex={0} className="overflow-x-auto">
          <h3 className="text-base font-semibold">What each learned, and what each forgot</h3>
          <table className="mt-2 min-w-[30rem] text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="pr-4 font-medium">Model</th>
                <th className="pr-4 font-medium">After step</th>
                <th className="pr-4 font-medium">Held-out story paragraph (loss)</th>
                <th className="font-medium">Course held-out text (perplexity)</th>
              </tr>
            </thead>
            <tbody>
              {(["base", "full", "lora"] as const).map((m) => {
                const e = latest(m);
                return (
                  <tr key={m}>
                    <td className="pr-4">{m === "lora" ? `LoRA r = ${data.settings.rank}` : LABEL[m]}</td>
                    <td className="pr-4">{e ? e.step : "…"}</td>
                    <td className="pr-4">{e ? e.newText.toFixed(3) : "…"}</td>
                    <td>{e ? e.coursePerplexity.toFixed(2) : "…"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-600">Lower is better in both columns: the first shows whether the new style was learned beyond the trained paragraph, the second how much of the course the model still predicts.</p>
        </div>
      ) : null}
      {data.samples.length ? (
        <div>
          <h3 className="text-base font-semibold">What each writes</h3>
          <p className="mt-1 text-sm text-slate-700">“{SAMPLE_OPENING}” continued by 100 sampled characters, the same seed for all.</p>
          <SampleList
            label="What each model writes"
            items={data.samples.map((s) => ({ key: s.method, name: s.method === "lora" ? `LoRA r = ${data.settings.rank}` : LABEL[s.method], opening: SAMPLE_OPENING, text: s.text }))}
          />
        </div>
      ) : null}
      {data.mergeCheck ? (
        <p className="text-sm text-slate-700">
          {data.mergeCheck.maxAbsDiff < 1e-4 ? "✓" : "✗"} Merged into the weights, the adapters compute what they compute on the side: over {count(data.mergeCheck.projections)} projections of real
          activations, W·x and W₀x + (α/r)·B(Ax) differ by at most {data.mergeCheck.maxAbsDiff.toExponential(1)} (float rounding). So a merged LoRA model costs nothing extra at inference.
        </p>
      ) : null}
    </>
  );
}
