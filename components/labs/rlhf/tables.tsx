"use client";

import type { RlhfSnapshot } from "@/lib/topics/rlhf/lab/lab";
import { Heatmap } from "@/components/labs/heatmap";
import { fmt } from "./charts";

const th = "px-2 py-1 text-left font-medium text-slate-600";
const td = "px-2 py-1 font-mono tabular-nums";

/** Each response's features, hidden utility, learned reward and reference probability. */
export function ResponsesTable({ data }: { data: RlhfSnapshot }) {
  const d = data.featureNames.length;
  const rm = data.rewardModel;
  return (
    <div className="overflow-x-auto" role="region" aria-label="Responses, utility and learned reward" tabIndex={0}>
      <table className="min-w-full text-xs">
        <caption className="mb-1 text-left text-sm text-slate-700">
          The responses, their features φ(y), the hidden utility u(y) and the learned reward r(y) = w·φ(y). Learned w = ({rm.weights.map((x) => fmt(x, 2)).join(", ")}); hidden
          weights ({rm.trueWeights.join(", ")}). Only differences of r matter, so compare the order, not the level.
        </caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th className={th}>Response</th>
            {data.featureNames.map((f) => (
              <th key={f} className={th}>
                {f}
              </th>
            ))}
            <th className={th}>u(y)</th>
            <th className={th}>r(y)</th>
            <th className={th}>π_ref(y)</th>
          </tr>
        </thead>
        <tbody>
          {data.responseNames.map((name, y) => (
            <tr key={name} className="border-b border-slate-100">
              <td className="px-2 py-1 whitespace-nowrap">
                {y + 1}. {name}
              </td>
              {data.featureNames.map((f, j) => (
                <td key={f} className={td}>
                  {data.features[y * d + j]!.toFixed(1)}
                </td>
              ))}
              <td className={td}>{fmt(data.trueUtility[y]!, 2)}</td>
              <td className={td}>{rm.rewards.length ? fmt(rm.rewards[y]!, 2) : "—"}</td>
              <td className={td}>{fmt(data.refProbs[y]!, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** True utility, reward and KL of each final policy, beside the exact optimum for that β. */
export function SummaryTable({ data }: { data: RlhfSnapshot }) {
  const refUtility = data.refProbs.reduce((s, p, y) => s + p * data.trueUtility[y]!, 0);
  const refReward = data.rewardModel.rewards.length ? data.refProbs.reduce((s, p, y) => s + p * data.rewardModel.rewards[y]!, 0) : NaN;
  const rows: { name: string; utility: number; reward: number; kl: number; optimum?: string }[] = [{ name: "Reference (SFT)", utility: refUtility, reward: refReward, kl: 0 }];
  for (const p of data.ppo) {
    const last = p.curve.at(-1);
    if (last) rows.push({ name: `PPO, β = ${p.beta}${p.done ? "" : " (running)"}`, utility: last.utility, reward: last.reward, kl: last.kl, optimum: `KL ${fmt(p.optimumKl)}, E[u] ${fmt(p.optimumUtility)}` });
  }
  const dpoLast = data.dpo?.curve.at(-1);
  if (data.dpo && dpoLast) {
    const rewards = data.rewardModel.rewards;
    rows.push({ name: `DPO, β = ${data.dpo.beta}${data.dpo.done ? "" : " (running)"}`, utility: dpoLast.utility, reward: data.dpo.probs.reduce((s, p, y) => s + p * rewards[y]!, 0), kl: dpoLast.kl });
  }
  return (
    <div className="overflow-x-auto" role="region" aria-label="Final policies" tabIndex={0}>
      <table className="min-w-full text-xs">
        <caption className="mb-1 text-left text-sm text-slate-700">Final policies. E[u] is what the labeller wanted; E[r] is what the reward model scores; KL is in nats.</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th className={th}>Policy</th>
            <th className={th}>E[u] true</th>
            <th className={th}>E[r] reward model</th>
            <th className={th}>KL(π‖π_ref)</th>
            <th className={th}>Exact optimum π* ∝ π_ref·e^(r/β)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className="border-b border-slate-100">
              <td className="px-2 py-1 whitespace-nowrap">{r.name}</td>
              <td className={td}>{fmt(r.utility)}</td>
              <td className={td}>{Number.isFinite(r.reward) ? fmt(r.reward) : "—"}</td>
              <td className={td}>{fmt(r.kl)}</td>
              <td className={`${td} whitespace-nowrap`}>{r.optimum ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The lab's own numbers beside the formula library's, for the same inputs. */
export function ChecksTable({ data }: { data: RlhfSnapshot }) {
  if (data.checks.length === 0) return null;
  return (
    <div className="overflow-x-auto" role="region" aria-label="Lab and formula library values" tabIndex={0}>
      <table className="min-w-full text-xs">
        <caption className="mb-1 text-left text-sm text-slate-700">The same quantities computed by the lab&apos;s training code and by the formula library (lib/compute). They must agree.</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th className={th}>Quantity</th>
            <th className={th}>Inputs</th>
            <th className={th}>Lab</th>
            <th className={th}>Library</th>
            <th className={th}>|difference|</th>
          </tr>
        </thead>
        <tbody>
          {data.checks.map((c, i) => (
            <tr key={`${c.name}-${i}`} className="border-b border-slate-100 align-top">
              <td className="px-2 py-1">
                {c.what}
                <div className="font-mono text-[10px] text-slate-500">{c.name}</div>
              </td>
              <td className="min-w-56 px-2 py-1 text-slate-600">{c.inputs}</td>
              <td className={td}>{c.lab.toFixed(6)}</td>
              <td className={td}>{c.library.toFixed(6)}</td>
              <td className={td}>{Math.abs(c.lab - c.library).toExponential(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** π over PPO training: one row per response, one column per checkpoint, for each β. */
export function PolicyHeatmaps({ data }: { data: RlhfSnapshot }) {
  const rowLabels = data.responseNames.map((_, y) => `${y + 1}`);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {data.ppo.map((p) => {
        const cols = p.history.length;
        // Heatmap wants row-major (response × checkpoint); history is stored checkpoint by checkpoint.
        const values = data.responseNames.flatMap((_, y) => p.history.map((probs) => probs[y]!));
        return <Heatmap key={p.beta} values={values} rows={data.responseNames.length} cols={cols} rowLabels={rowLabels} min={0} max={1} cellSize={11} label={`π(y) over PPO training, β = ${p.beta}: rows are responses 1–${data.responseNames.length}, columns run from the start (left) to the end of training; darker means more probable.`} />;
      })}
    </div>
  );
}
