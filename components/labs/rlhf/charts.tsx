"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { RlhfSnapshot } from "@/lib/topics/rlhf/lab/lab";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";

const BRAND = "var(--chart-brand)";
const AMBER = "#d97706";
const TEAL = "#0d9488";
const SLATE = "#94a3b8";
const ROSE = "#e11d48";

export const fmt = (v: number, digits = 3) => (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : v.toFixed(digits));
const tooltipValue = (v: unknown) => (typeof v === "number" ? fmt(v) : String(v));

const margin = { top: 8, right: 8, bottom: 4, left: 0 };
const tick = { fontSize: 11 };

/** Training and held-out Bradley–Terry loss, with held-out accuracy on a second axis. */
export function RewardModelChart({ data }: { data: RlhfSnapshot }) {
  const rm = data.rewardModel;
  return (
    <LabChartFigure
      label="Reward-model loss and held-out accuracy over training steps"
      caption={`Mean −log σ(r_c − r_r) on ${rm.trainPairs} training and ${rm.heldOutPairs} held-out pairs (left axis; ln 2 ≈ 0.693 is a coin flip) and held-out accuracy (right axis). The hidden utility itself ranks ${(rm.oracleAccuracy * 100).toFixed(0)}% of the held-out pairs correctly: labels are noisy, so no model can reach 100%.`}
    >
      <LineChart data={rm.curve} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="step" type="number" domain={[0, "dataMax"]} tick={tick} />
        <YAxis yAxisId="loss" tick={tick} width={40} tickFormatter={(v: number) => v.toFixed(2)} />
        <YAxis yAxisId="acc" orientation="right" domain={[0.4, 1]} tick={tick} width={36} tickFormatter={(v: number) => v.toFixed(1)} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => `step ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line yAxisId="loss" dataKey="trainLoss" name="train loss" stroke={BRAND} dot={false} isAnimationActive={false} />
        <Line yAxisId="loss" dataKey="heldOutLoss" name="held-out loss" stroke={AMBER} dot={false} isAnimationActive={false} />
        <Line yAxisId="acc" dataKey="heldOutAccuracy" name="held-out accuracy" stroke={TEAL} dot={false} strokeDasharray="4 3" isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

/** One PPO metric over iterations for both β, on the same axes. */
export function PpoChart({ data, metric }: { data: RlhfSnapshot; metric: "reward" | "kl" }) {
  const [a, b] = data.ppo;
  const rows = (a?.curve ?? []).map((p, i) => ({ step: p.step, first: p[metric], second: b?.curve[i]?.[metric], firstU: p.utility, secondU: b?.curve[i]?.utility }));
  const isReward = metric === "reward";
  return (
    <LabChartFigure
      label={isReward ? "Expected reward during PPO for both β" : "KL divergence from the reference policy during PPO for both β"}
      caption={
        isReward
          ? "Expected reward-model score E_π[r] (solid) and the hidden true utility E_π[u] (dashed) of the policy after each PPO iteration. The reward model is what PPO sees; the utility is what the labeller wanted."
          : "Exact KL(π‖π_ref) in nats after each PPO iteration. The penalty β·KL pulls the policy back towards the reference; a larger β settles at a smaller KL."
      }
    >
      <LineChart data={rows} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="step" type="number" domain={[0, "dataMax"]} tick={tick} />
        <YAxis tick={tick} width={40} domain={["auto", "auto"]} tickFormatter={(v: number) => v.toFixed(isReward ? 1 : 2)} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => `iteration ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {a ? <Line dataKey="first" name={`${isReward ? "E[r]" : "KL"}, β = ${a.beta}`} stroke={BRAND} dot={false} isAnimationActive={false} /> : null}
        {b ? <Line dataKey="second" name={`${isReward ? "E[r]" : "KL"}, β = ${b.beta}`} stroke={AMBER} dot={false} isAnimationActive={false} /> : null}
        {isReward && a ? <Line dataKey="firstU" name={`E[u], β = ${a.beta}`} stroke={BRAND} strokeDasharray="4 3" dot={false} isAnimationActive={false} /> : null}
        {isReward && b ? <Line dataKey="secondU" name={`E[u], β = ${b.beta}`} stroke={AMBER} strokeDasharray="4 3" dot={false} isAnimationActive={false} /> : null}
      </LineChart>
    </LabChartFigure>
  );
}

/** DPO's loss on the training pairs and the KL it drifts to, over gradient steps. */
export function DpoChart({ data }: { data: RlhfSnapshot }) {
  const dpo = data.dpo;
  if (!dpo) return null;
  return (
    <LabChartFigure
      label="DPO loss and KL from the reference over training steps"
      caption={`DPO (β = ${dpo.beta}) loss on the training pairs (left axis) and KL(π‖π_ref) in nats (right axis) per gradient step. DPO never samples and never trains a reward model; its implicit reward β·log(π/π_ref) ranks ${(dpo.heldOutAccuracy * 100).toFixed(0)}% of held-out pairs correctly.`}
    >
      <LineChart data={dpo.curve} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="step" type="number" domain={[0, "dataMax"]} tick={tick} />
        <YAxis yAxisId="loss" tick={tick} width={40} tickFormatter={(v: number) => v.toFixed(2)} />
        <YAxis yAxisId="kl" orientation="right" tick={tick} width={36} tickFormatter={(v: number) => v.toFixed(1)} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => `step ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line yAxisId="loss" dataKey="loss" name="DPO loss" stroke={ROSE} dot={false} isAnimationActive={false} />
        <Line yAxisId="kl" dataKey="kl" name="KL(π‖π_ref)" stroke={SLATE} dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

/** Final probability of every response under each policy, as horizontal bars so long names fit on a phone. */
export function DistributionChart({ data }: { data: RlhfSnapshot }) {
  const [a, b] = data.ppo;
  const rows = data.responseNames.map((name, y) => ({
    name: `${y + 1}. ${name}`,
    reference: data.refProbs[y],
    first: a?.probs[y],
    second: b?.probs[y],
    dpo: data.dpo?.probs[y],
  }));
  return (
    <LabChartFigure
      height={520}
      label="Final probability of each response: reference, PPO at both β, and DPO"
      caption="π(y) for every response. The reference spreads its mass; PPO with small β piles it on the reward model's favourites; larger β stays closer to the reference; DPO fits the preferences directly."
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 8, bottom: 4, left: 4 }} barCategoryGap="18%">
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis type="number" domain={[0, 1]} tick={tick} tickFormatter={(v: number) => v.toFixed(1)} />
        <YAxis type="category" dataKey="name" tick={{ fontSize: 10 }} width={118} interval={0} />
        <Tooltip formatter={tooltipValue} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="reference" name="reference" fill={SLATE} isAnimationActive={false} />
        {a ? <Bar dataKey="first" name={`PPO β = ${a.beta}`} fill={BRAND} isAnimationActive={false} /> : null}
        {b ? <Bar dataKey="second" name={`PPO β = ${b.beta}`} fill={AMBER} isAnimationActive={false} /> : null}
        {data.dpo ? <Bar dataKey="dpo" name={`DPO β = ${data.dpo.beta}`} fill={ROSE} isAnimationActive={false} /> : null}
      </BarChart>
    </LabChartFigure>
  );
}
