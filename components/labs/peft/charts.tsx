"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { PeftSnapshot } from "@/lib/topics/peft/lab/lab";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";

export const METHOD_COLOURS = { full: "var(--chart-muted)", lora: "var(--chart-brand)", adapter: "#d97706" } as const;

export const fmtLoss = (v: unknown) => (typeof v === "number" ? v.toPrecision(3) : String(v));
const tick = { fontSize: 11 };

export function PretrainChart({ data }: { data: PeftSnapshot }) {
  return (
    <LabChartFigure label="Task A test loss during pretraining" caption="Mean squared error on held-out task-A examples while the base model is pretrained (log scale). A loss of 1 is what predicting 0 would score.">
      <LineChart data={data.pretrainCurve} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="step" type="number" domain={[0, "dataMax"]} tick={tick} />
        <YAxis scale="log" domain={["auto", "auto"]} tick={tick} width={48} tickFormatter={fmtLoss} allowDataOverflow />
        <Tooltip formatter={fmtLoss} labelFormatter={(v) => `step ${String(v)}`} />
        <Line dataKey="taskA" name="task A loss" stroke="#0d9488" dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

export function FineTuneChart({ data }: { data: PeftSnapshot }) {
  return (
    <LabChartFigure
      label="Task B test loss for full fine-tuning, LoRA and adapters"
      caption="Mean squared error on held-out task-B examples (log scale), same batches and learning rate for all three. Step 0 is the pretrained model: all three lines start at the same point because LoRA (B = 0) and the adapters (up-projection 0) start as the identity."
    >
      <LineChart data={data.fineTuneCurve} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="step" type="number" domain={[0, "dataMax"]} tick={tick} />
        <YAxis scale="log" domain={["auto", "auto"]} tick={tick} width={48} tickFormatter={fmtLoss} allowDataOverflow />
        <Tooltip formatter={fmtLoss} labelFormatter={(v) => `step ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="full" name="Full fine-tuning" stroke={METHOD_COLOURS.full} dot={false} isAnimationActive={false} />
        <Line dataKey="lora" name="LoRA" stroke={METHOD_COLOURS.lora} dot={false} isAnimationActive={false} />
        <Line dataKey="adapter" name="Adapter" stroke={METHOD_COLOURS.adapter} dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

export function ForgettingChart({ taskA }: { taskA: NonNullable<PeftSnapshot["taskA"]> }) {
  const rows = [
    { name: "Pretrained", loss: taskA.before },
    { name: "Full FT", loss: taskA.full },
    { name: "LoRA on", loss: taskA.lora },
    { name: "LoRA off", loss: taskA.loraRemoved },
    { name: "Adapter on", loss: taskA.adapter },
    { name: "Adapter off", loss: taskA.adapterRemoved },
  ];
  return (
    <LabChartFigure
      label="Task A test loss before and after fine-tuning on task B"
      caption="Task-A loss of the pretrained model and of each fine-tuned model. “Off” runs the frozen W₀ with the LoRA pair or adapters taken out: full fine-tuning overwrote W₀, so it has no such switch."
    >
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="name" tick={{ fontSize: 10 }} interval={0} />
        <YAxis tick={tick} width={48} tickFormatter={fmtLoss} />
        <Tooltip formatter={fmtLoss} />
        <Bar dataKey="loss" name="task A loss" fill="#0d9488" isAnimationActive={false} />
      </BarChart>
    </LabChartFigure>
  );
}
