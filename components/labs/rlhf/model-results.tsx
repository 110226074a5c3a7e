"use client";

import type { RlhfModelSnapshot } from "@/lib/topics/rlhf/model-lab/lab";
import { SampleList } from "@/components/labs/sample-list";
import { PolicyChart } from "./model-charts";

const pct = (v: number) => `${Math.round(v * 100)} %`;
const shown = (t: string) => t.replace(/ /g, "␣");

export function RlhfModelResults({ data }: { data: RlhfModelSnapshot }) {
  return (
    <>
      {data.data ? (
        <div>
          <h3 className="text-base font-semibold">1. Preferences from the model&apos;s own samples</h3>
          <p className="mt-1 text-sm text-slate-700">
            {data.data.samples} continuations of 16 characters (temperature 1), {data.data.trainPairs} training pairs and {data.data.heldOutPairs} held-out pairs (two openings kept apart):
            within an opening, of two continuations with different scores the one with more letters and spaces is preferred. Mean score {pct(data.data.meanRule)}.
          </p>
          <div role="region" aria-label="Example preference pairs" tabIndex={0} className="mt-2 overflow-x-auto">
            <table className="min-w-[32rem] text-sm">
              <thead>
                <tr className="text-left text-slate-600">
                  <th className="pr-4 font-medium">Opening</th>
                  <th className="pr-4 font-medium">Preferred</th>
                  <th className="font-medium">Rejected</th>
                </tr>
              </thead>
              <tbody>
                {data.data.examples.map((e) => (
                  <tr key={e.prompt}>
                    <td className="pr-4 font-mono">{shown(e.prompt)}</td>
                    <td className="pr-4 font-mono">
                      {e.chosen} <span className="font-sans text-xs text-slate-500">({pct(e.chosenScore)})</span>
                    </td>
                    <td className="font-mono">
                      {e.rejected} <span className="font-sans text-xs text-slate-500">({pct(e.rejectedScore)})</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {data.rewardModel ? (
        <div>
          <h3 className="text-base font-semibold">2. The reward model</h3>
          <p className="mt-1 text-sm text-slate-700">
            A linear head on the frozen model&apos;s last hidden states, trained on the Bradley–Terry loss −log σ(r<sub>chosen</sub> − r<sub>rejected</sub>): loss{" "}
            {data.rewardModel.losses[0]!.toFixed(3)} → {data.rewardModel.losses.at(-1)!.toFixed(3)}; it ranks {pct(data.rewardModel.trainAccuracy)} of its training pairs and{" "}
            <strong>{pct(data.rewardModel.heldOutAccuracy)} of the held-out pairs</strong> the rule&apos;s way.
          </p>
        </div>
      ) : null}
      {data.ppo.length ? (
        <div>
          <h3 className="text-base font-semibold">3. PPO against the reward model, and DPO on the pairs</h3>
          <p className="mt-1 text-sm text-slate-700">
            Each PPO step samples 6 continuations, rewards each with the reward model minus β·(log π − log π<sub>ref</sub>), and takes two clipped (ε = 0.2) steps on them, with the group&apos;s mean
            reward as baseline instead of a learned critic. DPO (β = {data.settings.dpoBeta}) trains on the same pairs against the base model as reference. Every point is the mean over the same 16
            openings and seeds.
          </p>
          <div className="mt-2 grid gap-4 lg:grid-cols-2">
            <PolicyChart data={data} metric="reward" label="Reward-model score over training" caption="The reward model's score of the policy's samples: what PPO maximises." />
            <PolicyChart data={data} metric="kl" label="KL to the base model over training" caption="Mean of Σ (log π − log π_ref) over each sample's characters: how far the policy has moved." />
            <PolicyChart data={data} metric="rule" label="The rule's score over training" caption="Share of letters and spaces, the rule the pairs were made by." />
            <PolicyChart
              data={data}
              metric="words"
              label="Real course words over training"
              caption="Share of words that are words of the course: what the rater wanted and the rule never checks. When it falls while the reward rises, the policy is gaming the reward."
            />
          </div>
        </div>
      ) : null}
      {data.ppo.length ? (
        <div>
          <h3 className="text-base font-semibold">What the policies write</h3>
          <p className="mt-1 text-sm text-slate-700">The first four evaluation openings, the same seeds for every policy, so the texts differ only by what training changed.</p>
          <SampleList
            label="What each policy writes"
            items={[
              { key: "before", name: "Before tuning (the base model)", samples: data.before },
              ...data.ppo.map((r) => ({ key: `ppo-${r.beta}`, name: `PPO β = ${r.beta}, after step ${r.points.at(-1)!.step}`, samples: r.samples })),
              ...(data.dpo ? [{ key: "dpo", name: `DPO, after step ${data.dpo.points.at(-1)!.step}`, samples: data.dpo.samples }] : []),
            ].map((r) => ({
              key: r.key,
              name: r.name,
              opening: "",
              text: r.samples.join("\n"),
            }))}
          />
        </div>
      ) : null}
    </>
  );
}
