"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { CurvePoint } from "@/lib/topics/quantization/lab/lab";
import type { LayerDetail } from "@/lib/topics/quantization/lab/schemes";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";

export function TrainingCharts({ curve, target }: { curve: CurvePoint[]; target: number }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <LabChartFigure label="Training loss by epoch" caption="Mean cross-entropy on the training points over each epoch (nats).">
        <LineChart data={curve} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="epoch" fontSize={11} />
          <YAxis fontSize={11} width={44} tickFormatter={(v: number) => v.toFixed(2)} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(4) : String(v))} />
          <Line type="monotone" dataKey="trainLoss" name="train loss" stroke="var(--chart-brand)" dot={false} isAnimationActive={false} />
        </LineChart>
      </LabChartFigure>
      <LabChartFigure label="Accuracy by epoch" caption={`Train and test accuracy of the FP32 model; the stated target is ≥ ${Math.round(target * 100)} % on test.`}>
        <LineChart data={curve} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="epoch" fontSize={11} />
          <YAxis fontSize={11} width={44} domain={[0, 1]} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
          <Tooltip formatter={(v) => (typeof v === "number" ? `${(v * 100).toFixed(1)} %` : String(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="trainAccuracy" name="train" stroke="var(--chart-brand)" dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="testAccuracy" name="test" stroke="#f59e0b" dot={false} isAnimationActive={false} />
        </LineChart>
      </LabChartFigure>
    </div>
  );
}

export function WeightHistograms({ layer, schemeLabel }: { layer: LayerDetail; schemeLabel: string }) {
  const data = layer.binCenters.map((c, i) => ({ w: c.toFixed(2), before: layer.before[i], after: layer.after[i] }));
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <LabChartFigure label={`FP32 weight histogram, ${layer.name}`} caption={`FP32 weights of ${layer.name} (${layer.rows}×${layer.cols}).`}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} barCategoryGap={0}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="w" fontSize={10} minTickGap={16} />
          <YAxis fontSize={11} width={36} allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="before" name="weights" fill="var(--chart-brand)" isAnimationActive={false} />
        </BarChart>
      </LabChartFigure>
      <LabChartFigure label={`Dequantized weight histogram, ${layer.name}`} caption={`The same weights after ${schemeLabel} and back: they pile up on the grid points q·Δ.`}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} barCategoryGap={0}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="w" fontSize={10} minTickGap={16} />
          <YAxis fontSize={11} width={36} allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="after" name="dequantized weights" fill="#f59e0b" isAnimationActive={false} />
        </BarChart>
      </LabChartFigure>
    </div>
  );
}
