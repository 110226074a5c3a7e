"use client";

import { useState, type ReactNode } from "react";
import { Markdown } from "@/components/ui/markdown";
import type { QuantizationSnapshot } from "@/lib/topics/quantization/lab/lab";
import type { QuantScheme } from "@/lib/topics/quantization/lab/quantize";
import { DEFAULT_QUANTIZATION_SETTINGS, type QuantizationSettings } from "@/lib/topics/quantization/lab/settings";
import { Heatmap } from "@/components/labs/heatmap";
import { LabShell } from "@/components/labs/lab-shell";
import { TrainingCharts, WeightHistograms } from "./charts";
import { LibraryCheckTable, SCHEME_LABELS, SchemeTable } from "./tables";
import { useLab } from "@/components/labs/use-lab";

// Numbers are kept as text while editing so a half-typed value isn't snapped back; the lab validates on Run.
type Form = Omit<QuantizationSettings, "seed" | "hidden" | "learningRate" | "epochs"> & { seed: string; hidden: string; learningRate: string; epochs: string };

const d = DEFAULT_QUANTIZATION_SETTINGS;
const INITIAL_FORM: Form = { ...d, seed: String(d.seed), hidden: String(d.hidden), learningRate: String(d.learningRate), epochs: String(d.epochs) };

const toSettings = (f: Form): QuantizationSettings => ({ ...f, seed: Number(f.seed), hidden: Number(f.hidden), learningRate: Number(f.learningRate), epochs: Number(f.epochs) });

const FORMULAS = String.raw`**Absmax (symmetric)**, $b$ bits: $\Delta = \dfrac{\max|w|}{2^{b-1}-1}$, $\;q = \mathrm{clamp}\big(\mathrm{round}(w/\Delta),\,-(2^{b-1}-1),\,2^{b-1}-1\big)$, $\;\hat w = q\,\Delta$ (INT8: $\pm127$, INT4: $\pm7$).

**Zero-point (asymmetric)**: $s = \dfrac{\max - \min}{2^b-1}$, $\;z = \mathrm{round}(-\min/s)$, $\;q = \mathrm{clamp}\big(\mathrm{round}(w/s) + z,\,0,\,2^b-1\big)$, $\;\hat w = (q - z)\,s$; the range is widened to contain 0.

**Group-wise**: absmax with its own $\Delta$ for every $g$ consecutive weights. Storage: $b + \dfrac{\text{scale bits} + \text{zero bits}}{g}$ bits per weight (FP16 scales: INT4, $g = 128$ → 4.125).

Rounding is to the nearest integer, ties to even, so inside the range every weight is off by at most half a step: $|w - \hat w| \le \Delta/2$.`;

const EXPLANATION = `**What to look for.** INT8 barely moves any weight: test accuracy stays where FP32 left it. At INT4 a per-tensor absmax scale has only 15 levels for the whole matrix, and one large weight stretches $\\Delta$ for all the others — watch the histogram collapse onto a few spikes and the small weights round to 0. The zero-point scheme spends the levels on $[\\min, \\max]$ instead of $[-\\max|w|, \\max|w|]$, and group-wise absmax gives each group its own $\\Delta$, so typical weights are recovered far better for a fraction of a bit of extra storage. The largest error never exceeds $\\Delta/2$ of the weight's own group.`;

function Select<T extends string | number>({ label, id, value, options, onChange }: { label: string; id: string; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)!.value)}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function NumberInput({ label, id, value, onChange, hint, step }: { label: string; id: string; value: string; onChange: (v: string) => void; hint: string; step?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="min-w-0">
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

function Results({ data, layerIndex, onLayer }: { data: QuantizationSnapshot; layerIndex: number; onLayer: (l: number) => void }) {
  const last = data.curve.at(-1);
  const r = data.results;
  const sel = r?.selected;
  const layer = sel?.layers[Math.min(layerIndex, sel.layers.length - 1)];
  const schemeLabel = sel ? `INT${sel.bits} ${SCHEME_LABELS[sel.scheme]}${sel.scheme === "groupwise" ? ` (g = ${sel.groupSize})` : ""}` : "";
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {[
          ["Epoch", `${data.epoch} / ${data.epochs}`],
          ["FP32 test accuracy", `${(data.fp32.testAccuracy * 100).toFixed(1)} % (target ≥ ${Math.round(data.targetTestAccuracy * 100)} %)`],
          ["Train loss", last ? last.trainLoss.toFixed(4) : "—"],
          ["Parameters", `${data.parameters.weights} weights + ${data.parameters.biases} biases`],
        ].map(([k, v]) => (
          <div key={k} className="rounded-md bg-slate-50 p-2">
            <dt className="text-xs text-slate-500">{k}</dt>
            <dd className="font-medium tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
      <Section title="Training (FP32)">
        <TrainingCharts curve={data.curve} target={data.targetTestAccuracy} />
        <p className="mt-2 text-xs text-slate-500">
          {data.trainPoints} training and {data.testPoints} test points from a seeded three-arm spiral; mini-batches of 32.
        </p>
      </Section>
      {r && sel && layer ? (
        <>
          <Section title="All schemes compared">
            <SchemeTable results={r} fp32={data.fp32} />
          </Section>
          <Section title={`Weights before and after: ${schemeLabel}`}>
            <div className="mb-3 max-w-xs">
              <Select
                label="Layer"
                id="quant-layer"
                value={layerIndex}
                options={sel.layers.map((l, i) => ({ value: i, label: `${l.name} (${l.rows}×${l.cols})` }))}
                onChange={onLayer}
              />
            </div>
            <WeightHistograms layer={layer} schemeLabel={schemeLabel} />
            <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
              {[
                ["mean |w − ŵ|", layer.stats.meanAbsError.toExponential(2)],
                ["max |w − ŵ|", layer.stats.maxAbsError.toExponential(2)],
                ["largest Δ/2 in this layer", layer.stats.maxHalfStep.toExponential(2)],
                [
                  sel.scheme === "zeropoint" ? "scale s, zero point z" : sel.scheme === "groupwise" ? `Δ of group 1 (${layer.firstGroup.size} weights)` : "Δ",
                  sel.scheme === "zeropoint" ? `${layer.firstGroup.step.toPrecision(4)}, ${layer.firstGroup.zeroPoint}` : layer.firstGroup.step.toPrecision(4),
                ],
              ].map(([k, v]) => (
                <div key={k} className="rounded-md bg-slate-50 p-2">
                  <dt className="text-xs text-slate-500">{k}</dt>
                  <dd className="font-medium tabular-nums">{v}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-4 overflow-x-auto">
              <Heatmap values={layer.absError} rows={layer.rows} cols={layer.cols} min={0} cellSize={layer.cols <= 4 ? 14 : 8} label={`|w − ŵ| for ${layer.name}, rows = outputs, columns = inputs (darker = larger error; white = exact)`} />
            </div>
          </Section>
          <Section title="Decision regions">
            <div className="flex flex-wrap gap-6">
              <Heatmap values={r.regions.fp32} rows={r.regions.size} cols={r.regions.size} min={0} max={2} cellSize={6} label="Predicted class over [−1.1, 1.1]², FP32 model (shade = class 0, 1, 2)" />
              <Heatmap values={r.regions.quantized} rows={r.regions.size} cols={r.regions.size} min={0} max={2} cellSize={6} label={`Predicted class, ${schemeLabel} model`} />
            </div>
          </Section>
          <Section title="Cross-check with the formula library">
            <LibraryCheckTable checks={sel.checks} scheme={sel.scheme} />
          </Section>
        </>
      ) : null}
    </>
  );
}

export function QuantizationLab() {
  const lab = useLab<QuantizationSettings, QuantizationSnapshot>("quantization");
  const [form, setForm] = useState<Form>(INITIAL_FORM);
  const [layerIndex, setLayerIndex] = useState(1);
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const data = lab.update?.data;

  return (
    <LabShell
      title="Warm-up: INT8 and INT4 weights of a small network"
      intro={
        <>
          <p>
            A 2 → h → h → 3 MLP learns to separate a three-arm spiral (hand-written backprop, mini-batch {form.optimizer === "adam" ? "Adam" : "SGD"}). Then its weight matrices are quantized
            six ways and dequantized again, and we measure the error, the test accuracy and the bytes saved.
          </p>
          <Markdown className="mt-3">{FORMULAS}</Markdown>
        </>
      }
      settings={
        <>
          <NumberInput label="Seed" id="quant-seed" value={form.seed} onChange={set("seed")} hint="Data split, initial weights and batch order." />
          <NumberInput label="Hidden width h" id="quant-hidden" value={form.hidden} onChange={set("hidden")} hint="4 to 64 units per hidden layer." />
          <Select label="Activation" id="quant-activation" value={form.activation} options={[{ value: "tanh", label: "tanh" }, { value: "relu", label: "ReLU" }]} onChange={set("activation")} />
          <Select label="Optimizer" id="quant-optimizer" value={form.optimizer} options={[{ value: "adam", label: "Adam" }, { value: "sgd", label: "SGD + momentum 0.9" }]} onChange={set("optimizer")} />
          <NumberInput label="Learning rate" id="quant-lr" step="0.001" value={form.learningRate} onChange={set("learningRate")} hint="0.01 suits Adam; try 0.05 for SGD." />
          <NumberInput label="Epochs" id="quant-epochs" value={form.epochs} onChange={set("epochs")} hint="1 to 600; longer training grows larger weights." />
          <Select label="Bits (detailed view)" id="quant-bits" value={form.bits} options={[{ value: 8, label: "INT8" }, { value: 4, label: "INT4" }]} onChange={set("bits")} />
          <Select<QuantScheme>
            label="Scheme (detailed view)"
            id="quant-scheme"
            value={form.scheme}
            options={(["absmax", "zeropoint", "groupwise"] as const).map((s) => ({ value: s, label: SCHEME_LABELS[s] }))}
            onChange={set("scheme")}
          />
          <Select label="Group size g" id="quant-group" value={form.groupSize} options={([16, 32, 64, 128] as const).map((g) => ({ value: g, label: String(g) }))} onChange={set("groupSize")} />
        </>
      }
      lab={lab}
      onRun={() => lab.run(toSettings(form))}
    >
      {data ? <Results data={data} layerIndex={layerIndex} onLayer={setLayerIndex} /> : <p className="text-sm text-slate-500">Run the lab to train the network and quantize it.</p>}
      <Markdown className="text-sm text-slate-700">{EXPLANATION}</Markdown>
    </LabShell>
  );
}
