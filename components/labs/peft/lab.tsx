"use client";

import { useState, type ReactNode } from "react";
import { Markdown } from "@/components/ui/markdown";
import type { PeftSettings, PeftSnapshot } from "@/lib/topics/peft/lab/lab";
import { Heatmap } from "@/components/labs/heatmap";
import { LabShell } from "@/components/labs/lab-shell";
import { labInputClass } from "@/components/labs/lab-field";
import { FineTuneChart, fmtLoss, ForgettingChart, PretrainChart } from "./charts";
import { useLab } from "@/components/labs/use-lab";

// Kept as text while editing so a half-typed number isn't snapped back; the lab validates on Run.
type Form = Record<keyof PeftSettings, string>;

const INITIAL_FORM: Form = { rank: "4", alpha: "8", adapterSize: "4", pretrainSteps: "800", steps: "400", learningRate: "0.003", seed: "1" };

function toSettings(f: Form): PeftSettings {
  return {
    rank: Number(f.rank),
    alpha: Number(f.alpha),
    adapterSize: Number(f.adapterSize),
    pretrainSteps: Number(f.pretrainSteps),
    steps: Number(f.steps),
    learningRate: Number(f.learningRate),
    seed: Number(f.seed),
  };
}

const FORMULAS = String.raw`A small MLP ($8 \to 32 \to 32 \to 32 \to 1$, tanh) is pretrained on regression task A, then adapted to a related task B three ways, with the same batches and Adam learning rate:

- **Full fine-tuning** updates every weight.
- **LoRA** (arXiv 2106.09685) freezes each $32 \times 32$ hidden matrix $W_0$ and trains $W = W_0 + \frac{\alpha}{r} B A$ with $A \in \mathbb{R}^{r \times k}$ random, $B \in \mathbb{R}^{d \times r}$ zero at the start: $r(d + k)$ parameters per matrix.
- **Adapters** (Houlsby et al., arXiv 1902.00751) freeze everything and add $h \mapsto h + W_{\text{up}} \tanh(W_{\text{down}} h + b_{\text{down}}) + b_{\text{up}}$ after each hidden layer, a $d \to m \to d$ bottleneck with $2md + d + m$ parameters.

Gradients are written by hand and checked against central differences in the tests.`;


const FIELDS: { key: keyof PeftSettings; label: string; hint: string; step: string }[] = [
  { key: "rank", label: "LoRA rank r", hint: "1 … 32 (the matrices are 32 × 32).", step: "1" },
  { key: "alpha", label: "LoRA α", hint: "The update B·A is scaled by α/r.", step: "any" },
  { key: "adapterSize", label: "Adapter bottleneck m", hint: "1 … 32.", step: "1" },
  { key: "pretrainSteps", label: "Pretraining steps (task A)", hint: "50 … 5000, batches of 32.", step: "1" },
  { key: "steps", label: "Fine-tuning steps (task B)", hint: "10 … 3000, for each method.", step: "1" },
  { key: "learningRate", label: "Fine-tuning learning rate", hint: "Adam, the same for all three methods.", step: "any" },
  { key: "seed", label: "Seed", hint: "Data, initial weights and batches.", step: "1" },
];

export function PeftLab() {
  const lab = useLab<PeftSettings, PeftSnapshot>("peft");
  const [form, setForm] = useState<Form>(INITIAL_FORM);
  const data = lab.update?.data;

  const settings = FIELDS.map(({ key, label, hint, step }) => (
    <div key={key}>
      <label htmlFor={`peft-${key}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={`peft-${key}`}
        type="number"
        inputMode="decimal"
        step={step}
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        aria-describedby={`peft-${key}-hint`}
        className={labInputClass}
      />
      <p id={`peft-${key}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
    </div>
  ));

  return (
    <LabShell
      title="Warm-up: full fine-tuning, LoRA and adapters on a small network"
      intro={<Markdown>{FORMULAS}</Markdown>}
      settings={settings}
      lab={lab}
      onRun={() => lab.run(toSettings(form))}
    >
      {data ? <PeftResults data={data} /> : <p className="text-sm text-slate-600">Run the lab to pretrain the base model and adapt it three ways.</p>}
    </LabShell>
  );
}

function Row({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 border-b border-slate-100 py-1">
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-mono tabular-nums">{children}</dd>
    </div>
  );
}

const pct = (share: number) => `${(100 * share).toFixed(1)}%`;

function CountsTable({ counts }: { counts: PeftSnapshot["counts"] }) {
  return (
    <div role="region" aria-label="Trainable parameters per method" tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[34rem] text-left text-sm">
        <caption className="sr-only">Trainable parameters per method: formula library against the optimiser&apos;s list</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th className="py-1 pr-3 font-medium">Method</th>
            <th className="py-1 pr-3 font-medium">Formula</th>
            <th className="py-1 pr-3 text-right font-medium">Formula value</th>
            <th className="py-1 pr-3 text-right font-medium">Optimiser updates</th>
            <th className="py-1 text-right font-medium">Share of base</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.method} className="border-t border-slate-100">
              <td className="py-1 pr-3">{c.label}</td>
              <td className="py-1 pr-3 text-xs text-slate-600">{c.formula}</td>
              <td className="py-1 pr-3 text-right font-mono tabular-nums">{c.fromFormula.toLocaleString("en")}</td>
              <td className="py-1 pr-3 text-right font-mono tabular-nums">
                {c.fromOptimiser === null ? "…" : `${c.fromOptimiser.toLocaleString("en")} ${c.fromOptimiser === c.fromFormula ? "✓" : "✗"}`}
              </td>
              <td className="py-1 text-right font-mono tabular-nums">{pct(c.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function absolute(values: Float32Array): Float32Array {
  return values.map(Math.abs);
}

function PeftResults({ data }: { data: PeftSnapshot }) {
  const { width } = data.shape;
  const last = data.fineTuneCurve.at(-1);
  return (
    <>
      <section aria-labelledby="peft-counts">
        <h3 id="peft-counts" className="text-sm font-semibold">
          What each method trains
        </h3>
        <p className="mt-1 text-sm text-slate-600">
          The formula values come from the formula library (peft.lora_model_params, peft.adapter_params, peft.trainable_share); the optimiser column sums the sizes of
          the tensors actually handed to Adam. On a model this small the saving is modest (see the share column); at 4096 × 4096 and r = 8 LoRA trains 65,536 of 16.8 M weights per matrix.
        </p>
        <div className="mt-2">
          <CountsTable counts={data.counts} />
        </div>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="peft-pretrain">
          <h3 id="peft-pretrain" className="text-sm font-semibold">
            Pretraining on task A
          </h3>
          <PretrainChart data={data} />
        </section>
        <section aria-labelledby="peft-finetune">
          <h3 id="peft-finetune" className="text-sm font-semibold">
            Fine-tuning on task B
          </h3>
          {data.fineTuneCurve.length ? <FineTuneChart data={data} /> : <p className="mt-2 text-sm text-slate-600">Starts after pretraining…</p>}
        </section>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="peft-checks">
          <h3 id="peft-checks" className="text-sm font-semibold">
            Checks
          </h3>
          <dl className="mt-2 text-sm">
            <Row term="LoRA before training: max |output − pretrained output|">{data.loraStartDiff === null ? "…" : data.loraStartDiff === 0 ? "0 (identical)" : data.loraStartDiff.toExponential(2)}</Row>
            {last ? (
              <Row term={`Task B loss at step ${last.step}: full / LoRA / adapter`}>
                {fmtLoss(last.full)} / {fmtLoss(last.lora)} / {fmtLoss(last.adapter)}
              </Row>
            ) : null}
            <Row term="Merged W₀ + (α/r)·B·A vs separate path, float32: max |Δ output|">{data.merge ? data.merge.maxAbsDiffFloat32.toExponential(2) : "…"}</Row>
            <Row term="Same in float64">{data.merge ? data.merge.maxAbsDiffFloat64.toExponential(2) : "…"}</Row>
            <Row term="Largest |output| (for scale)">{data.merge ? data.merge.maxAbsOutput.toFixed(3) : "…"}</Row>
          </dl>
        </section>
        <section aria-labelledby="peft-forgetting">
          <h3 id="peft-forgetting" className="text-sm font-semibold">
            Forgetting task A
          </h3>
          {data.taskA ? <ForgettingChart taskA={data.taskA} /> : <p className="mt-2 text-sm text-slate-600">Measured when fine-tuning ends…</p>}
        </section>
      </div>

      {data.deltaFull && data.deltaLora ? (
        <section aria-labelledby="peft-delta">
          <h3 id="peft-delta" className="text-sm font-semibold">
            How the first hidden matrix changed: |ΔW|
          </h3>
          <div className="mt-2 flex flex-wrap gap-6">
            <Heatmap values={absolute(data.deltaFull)} rows={width} cols={width} cellSize={7} label="|W − W₀| after full fine-tuning (32 × 32)" />
            <Heatmap values={absolute(data.deltaLora)} rows={width} cols={width} cellSize={7} label="|(α/r)·B·A| after LoRA (32 × 32, rank ≤ r)" />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="peft-look" className="text-sm text-slate-700">
        <h3 id="peft-look" className="text-sm font-semibold">
          What to look for
        </h3>
        <Markdown>{String.raw`- All three task-B curves start at the same loss: with $B = 0$ LoRA computes exactly $W_0 x$, and a zero up-projection makes each adapter the identity.
- Full fine-tuning usually reaches the lowest task-B loss here; LoRA and adapters get close with a fraction of the trainable parameters. Raise $r$ or $m$ and watch the gap shrink.
- **Forgetting:** every adapted model does worse on task A, since it now fits B. The difference is that LoRA and adapters leave $W_0$ bit-for-bit intact: switch them off and the task-A loss is exactly the pretrained one. Full fine-tuning has nothing to switch off.
- **Merging:** $W_0 + \frac{\alpha}{r}BA$ is an ordinary matrix, so the merged model has no extra inference cost; its outputs match the unmerged LoRA model up to rounding (about $10^{-7}$–$10^{-6}$ in float32).
- The LoRA heatmap is a rank-$r$ pattern (rows are combinations of $r$ rows of $A$); the full-fine-tuning change has no such constraint.`}</Markdown>
      </section>
    </>
  );
}
