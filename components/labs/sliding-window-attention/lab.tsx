"use client";

import { useState, type ChangeEvent } from "react";
import { Field } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import type { AttentionSettings, AttentionSnapshot } from "@/lib/topics/sliding-window-attention/lab/lab";
import type { MaskMode } from "@/lib/topics/sliding-window-attention/lab/masks";
import { Heatmap } from "@/components/labs/heatmap";
import { LabShell } from "@/components/labs/lab-shell";
import { CostChart, TrainingChart } from "./charts";
import { useLab } from "@/components/labs/use-lab";

// Mirrors DEFAULT_ATTENTION_SETTINGS: importing the value would pull the lab's code into the page bundle.
const DEFAULTS: AttentionSettings = {
  text: "the cat sat on the mat because the mat was warm and the cat was tired",
  mask: "window",
  window: 4,
  globalTokens: 1,
  layers: 3,
  seed: 1,
  trainSteps: 300,
  learningRate: 0.05,
};

const MASK_LABELS: Record<MaskMode, string> = {
  full: "Full (bidirectional)",
  causal: "Causal",
  window: "Causal sliding window",
  "window-global": "Sliding window + sink tokens",
};

const INTRO = String.raw`A single attention head scores a short sentence: $s_{ij} = q_i \cdot k_j / \sqrt{d}$ with $d = 16$, and each query's softmax runs only over the keys its mask allows, $A_{ij} = e^{s_{ij}} / \sum_{j' \in \mathcal{M}_i} e^{s_{ij'}}$. A **window of $w$** means query $i$ sees keys $\max(0, i-w+1) \dots i$, *itself included*. Global tokens are the first $k$ positions, and every later query sees them besides its window: StreamingLLM's *attention sinks*. This head is causal, so no token, global or not, sees a later position: Longformer's global tokens also look ahead, but Longformer is an encoder, where every token may read the whole input.`;

const FORMULAS = String.raw`Scores per head per layer: full $n^2$; causal $\frac{n(n+1)}{2}$; window $\sum_i \min(i+1, w) = n w - \frac{w(w-1)}{2}$ for $n \ge w$. After $L$ stacked window layers the last token can depend on $L(w-1)+1$ positions (at most $n$).`;

/** The n × n values with masked cells as NaN, which the heatmap draws as "masked". */
const masked = (values: number[], mask: number[]) => values.map((v, i) => (mask[i] ? v : NaN));

export function AttentionLab() {
  const lab = useLab<AttentionSettings, AttentionSnapshot>("sliding-window-attention");
  const [settings, setSettings] = useState<AttentionSettings>(DEFAULTS);
  const set = <K extends keyof AttentionSettings>(key: K, value: AttentionSettings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const num = (key: "window" | "globalTokens" | "layers" | "seed" | "trainSteps" | "learningRate") => (e: ChangeEvent<HTMLInputElement>) => set(key, Number(e.target.value));
  const windowed = settings.mask === "window" || settings.mask === "window-global";
  const data = lab.update?.data;

  const controls = (
    <>
      <Field label="Text (2–32 words)" name="swa-text" value={settings.text} onChange={(e) => set("text", e.target.value)} className="sm:col-span-2 lg:col-span-3" />
      <div>
        <label htmlFor="swa-mask" className="block text-sm font-medium text-slate-800">
          Mask
        </label>
        <select
          id="swa-mask"
          value={settings.mask}
          onChange={(e) => set("mask", e.target.value as MaskMode)}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          {(Object.keys(MASK_LABELS) as MaskMode[]).map((m) => (
            <option key={m} value={m}>
              {MASK_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      <Field label={`Window w = ${settings.window} (keys, itself included)`} name="swa-window" type="range" min={1} max={16} value={settings.window} onChange={num("window")} disabled={!windowed} />
      <Field label="Sink tokens k" name="swa-global" type="number" min={0} max={4} value={settings.globalTokens} onChange={num("globalTokens")} disabled={settings.mask !== "window-global"} />
      <Field label={`Stacked layers L = ${settings.layers}`} name="swa-layers" type="range" min={1} max={12} value={settings.layers} onChange={num("layers")} />
      <Field label="Seed" name="swa-seed" type="number" min={0} value={settings.seed} onChange={num("seed")} />
      <Field label="Training steps (0 = random head)" name="swa-steps" type="number" min={0} max={2000} step={50} value={settings.trainSteps} onChange={num("trainSteps")} />
      <Field label="Learning rate (Adam)" name="swa-lr" type="number" min={0.001} max={1} step={0.01} value={settings.learningRate} onChange={num("learningRate")} />
    </>
  );

  return (
    <LabShell
      title="Warm-up: which scores does a mask compute?"
      intro={<Markdown>{INTRO}</Markdown>}
      settings={controls}
      lab={lab}
      onRun={() => lab.run(settings)}
    >
      <Markdown className="text-sm">{FORMULAS}</Markdown>
      {data ? <Results data={data} /> : <p className="text-sm text-slate-600">Run the lab to score the sentence.</p>}
    </LabShell>
  );
}

function Results({ data }: { data: AttentionSnapshot }) {
  const { n, tokens, scores } = data;
  const cell = n > 20 ? 12 : 16;
  const labels = tokens.map((t, i) => `${i} ${t}`);
  const agrees = scores.expected === scores.counted;
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-2">
        <Heatmap
          values={masked(data.weights, data.mask)}
          rows={n}
          cols={n}
          min={0}
          label={`Softmax weights A (row = query, column = key); grey cells are masked. Rows sum to 1 (worst error ${data.rowSumError.toExponential(1)}).`}
          rowLabels={labels}
          colLabels={labels}
          cellSize={cell}
        />
        <Heatmap values={data.mask} rows={n} cols={n} min={0} max={1} label="The mask: coloured = scored, blank = masked." rowLabels={labels} colLabels={labels} cellSize={cell} />
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Scores computed (unmasked cells counted)</dt>
        <dd className="font-semibold">{scores.counted.toLocaleString("en-US")}</dd>
        <dt className="text-slate-600">
          <code>{scores.expectedName}</code>
        </dt>
        <dd>
          {scores.expected.toLocaleString("en-US")} {agrees ? "✓ agrees" : "✗ differs"}
        </dd>
        {data.mode === "window-global" ? (
          <>
            <dt className="text-slate-600">Extra cells from sink tokens</dt>
            <dd>
              {(scores.counted - scores.window).toLocaleString("en-US")} beyond <code>attention.window_scores</code> = {scores.window.toLocaleString("en-US")}
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">
          For n = {n}: full / causal / window {data.window}
        </dt>
        <dd>
          {scores.full} / {scores.causal} / {scores.window}
        </dd>
      </dl>

      {data.receptiveField ? <ReceptiveField data={data} labels={labels} cell={cell} /> : null}
      {data.cost ? (
        <div>
          <CostChart data={data} />
          <p className="mt-1 text-xs text-slate-600">
            {data.costAgrees ? "✓" : "✗"} Counting every cell of the full, causal and window masks {data.costAgrees ? "reproduced" : "did not reproduce"} the library&apos;s closed forms at every n shown.
          </p>
        </div>
      ) : null}
      {data.training.length ? (
        <TrainingChart data={data} />
      ) : data.cost && data.trainedQueries === 0 ? (
        <p className="text-sm text-slate-600">With w = 1 no query can see its previous token, so the head has nothing to learn.</p>
      ) : null}

      <div className="text-sm text-slate-700">
        <h3 className="font-semibold">What to look for</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>The trained head becomes a &ldquo;previous-token head&rdquo;: its weights collect on the cells just below the diagonal. Masked cells never receive weight.</li>
          <li>The counted cells match the closed forms exactly, including the first w − 1 queries, which see fewer than w keys.</li>
          <li>The receptive field grows by w − 1 positions per layer. Sink tokens add the first k positions to every query&apos;s reach, but being causal they can&apos;t pass the middle of the sequence on: that takes an encoder&apos;s two-way global tokens.</li>
          <li>On the cost chart the window costs about n·w scores: at n = 4096 and w = {data.window} that is {Math.round(100 * ((data.cost?.at(-1)?.window ?? 0) / 4096 ** 2) * 100) / 100}% of full attention.</li>
        </ul>
      </div>
    </>
  );
}

function ReceptiveField({ data, labels, cell }: { data: AttentionSnapshot; labels: string[]; cell: number }) {
  const rows = data.receptiveField!;
  const values = rows.flatMap((r) => r.reachable.map((v) => (v ? 1 : NaN)));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Heatmap
        values={values}
        rows={rows.length}
        cols={data.n}
        min={0}
        max={1}
        label={`Positions the last token (“${data.tokens.at(-1)}”) can depend on after each of ${rows.length} stacked layers (row l = after layer l); grey = out of reach.`}
        rowLabels={rows.map((r) => `layer ${r.layer}`)}
        colLabels={labels}
        cellSize={cell}
      />
      <div role="region" aria-label="Receptive field table" tabIndex={0} className="overflow-x-auto">
        <table className="text-sm">
          <caption className="mb-1 text-left text-xs text-slate-500">Receptive field of the last token, counted vs attention.receptive_field</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th className="pr-4 font-medium">Layers L</th>
              <th className="pr-4 font-medium">Counted</th>
              <th className="pr-4 font-medium">L·(w−1)+1</th>
              <th className="font-medium">capped at n</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.layer}>
                <td className="pr-4">{r.layer}</td>
                <td className="pr-4">{r.count}</td>
                <td className="pr-4">{r.formula ?? "—"}</td>
                <td>{r.formulaCapped === null ? "—" : `${r.formulaCapped} ${r.formulaCapped === r.count ? "✓" : "✗"}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.mode !== "window" ? <p className="mt-1 text-xs text-slate-500">The formula is for the plain window mask; full and causal attention reach every earlier position in one layer.</p> : null}
      </div>
    </div>
  );
}
