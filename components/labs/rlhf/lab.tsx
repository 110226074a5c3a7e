"use client";

import { useState, type ReactNode } from "react";
import { Markdown } from "@/components/ui/markdown";
import type { RlhfSettings, RlhfSnapshot } from "@/lib/topics/rlhf/lab/lab";
import { LabShell } from "@/components/labs/lab-shell";
import { LabField, labInputClass } from "@/components/labs/lab-field";
import { DistributionChart, DpoChart, PpoChart, RewardModelChart } from "./charts";
import { ChecksTable, PolicyHeatmaps, ResponsesTable, SummaryTable } from "./tables";
import { useLab } from "@/components/labs/use-lab";

// Kept as text while editing so a half-typed number isn't snapped back; the lab validates on Run.
type Form = Record<keyof RlhfSettings, string>;

const INITIAL_FORM: Form = { pairs: "300", beta1: "0.05", beta2: "1", betaDpo: "0.2", epsilon: "0.2", steps: "150", learningRate: "0.05", seed: "7" };

function toSettings(f: Form): RlhfSettings {
  return {
    pairs: Number(f.pairs),
    beta1: Number(f.beta1),
    beta2: Number(f.beta2),
    betaDpo: Number(f.betaDpo),
    epsilon: Number(f.epsilon),
    steps: Number(f.steps),
    learningRate: Number(f.learningRate),
    seed: Number(f.seed),
  };
}

const INTRO = String.raw`A toy version of the three stages of InstructGPT (arXiv 2203.02155) for one prompt, *"How do I undo my last git commit?"*, and ten possible responses. The policy is a softmax over the ten, $\pi = \operatorname{softmax}(\theta)$, starting at the reference (SFT) policy $\pi_\text{ref}$. A hidden labeller with utility $u(y)$ compares pairs of responses sampled from $\pi_\text{ref}$ and prefers $y_1$ with probability $\sigma(u_1 - u_2)$.

1. **Reward model** $r(y) = w\cdot\phi(y)$, trained on the pairs by minimising the Bradley–Terry loss $-\log\sigma(r_c - r_r)$, where $P(c \succ r) = \sigma(r_c - r_r)$.
2. **PPO** maximises $r(y) - \beta\,\log\frac{\pi(y)}{\pi_\text{ref}(y)}$, whose mean is $\mathbb{E}_\pi[r] - \beta\,\mathrm{KL}(\pi\,\|\,\pi_\text{ref})$, through the clipped surrogate $\min\big(\rho A,\ \operatorname{clip}(\rho, 1-\epsilon, 1+\epsilon)A\big)$ with $\rho = \pi_\theta(y)/\pi_\text{old}(y)$ and the batch mean as baseline. The exact optimum is $\pi^*(y) \propto \pi_\text{ref}(y)\,e^{r(y)/\beta}$.
3. **DPO** (arXiv 2305.18290) skips both: $-\log\sigma\!\big(\beta[(\log\pi(y_w) - \log\pi_\text{ref}(y_w)) - (\log\pi(y_l) - \log\pi_\text{ref}(y_l))]\big)$ on the same pairs.`;

const LOOK_FOR = String.raw`**What to look for.** The held-out accuracy of the reward model stops short of 100% and close to the hidden utility's own accuracy: the labels are noisy, by design. With the smaller $\beta$, PPO moves most of the probability onto the reward model's favourite and pays a large KL; with the larger $\beta$ it stays closer to $\pi_\text{ref}$. Both land near the exact optimum in the table. Compare $\mathbb{E}[r]$ with the true $\mathbb{E}[u]$: the reward model sees only the four features, so it cannot know that *reset --hard without a warning* loses work, nor that *git revert* is the safer answer on a shared branch; DPO scores each response directly from the comparisons and can. Try a tiny $\beta_1$ (0.005), a large learning rate (0.3) to see clipping, or 30 training pairs to see a worse reward model.`;


export function RlhfLab() {
  const lab = useLab<RlhfSettings, RlhfSnapshot>("rlhf");
  const [form, setForm] = useState<Form>(INITIAL_FORM);
  const number = (key: keyof Form, label: string, hint: string, step = "any") => (
    <LabField id={`rlhf-${key}`} label={label} hint={hint}>
      <input
        id={`rlhf-${key}`}
        type="number"
        inputMode="decimal"
        step={step}
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        aria-describedby={`rlhf-${key}-hint`}
        className={labInputClass}
      />
    </LabField>
  );
  const data = lab.update?.data;

  const settings = (
    <>
      {number("beta1", "β₁ for PPO", "KL coefficient of the first PPO run (0.001–10).")}
      {number("beta2", "β₂ for PPO", "KL coefficient of the second run, to compare.")}
      {number("betaDpo", "β for DPO", "Typically 0.1–0.5 (0.01–10).")}
      {number("epsilon", "Clip range ε", "PPO clips ρ to [1 − ε, 1 + ε] (0.01–0.9).")}
      {number("steps", "PPO iterations", "Each samples 64 responses, then makes 4 updates (10–2000).", "1")}
      {number("learningRate", "Learning rate", "Adam, for PPO and DPO (0.0001–1).")}
      {number("pairs", "Training pairs", "Labelled comparisons; 200 more are held out (20–5000).", "1")}
      {number("seed", "Seed", "Fixes the pairs, their labels and PPO's samples.", "1")}
    </>
  );

  return (
    <LabShell
      title="Warm-up: a toy RLHF loop with a reward model, PPO and DPO"
      intro={<Markdown>{INTRO}</Markdown>}
      settings={settings}
      lab={lab}
      onRun={() => lab.run(toSettings(form))}
    >
      {data ? <RlhfResults data={data} /> : <p className="text-sm text-slate-600">Run the lab to label pairs, train the reward model and optimise the policy.</p>}
    </LabShell>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h3 className="text-base font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

function RlhfResults({ data }: { data: RlhfSnapshot }) {
  const rm = data.rewardModel;
  return (
    <>
      <Section title="1. Reward model">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">Held-out accuracy</dt>
            <dd className="font-mono tabular-nums">{(rm.heldOutAccuracy * 100).toFixed(1)}%</dd>
          </div>
          <div>
            <dt className="text-slate-600">Hidden utility&apos;s accuracy (ceiling)</dt>
            <dd className="font-mono tabular-nums">{(rm.oracleAccuracy * 100).toFixed(1)}%</dd>
          </div>
          <div>
            <dt className="text-slate-600">Final held-out loss</dt>
            <dd className="font-mono tabular-nums">{rm.curve.at(-1)?.heldOutLoss.toFixed(4) ?? "—"}</dd>
          </div>
        </dl>
        <RewardModelChart data={data} />
        <ResponsesTable data={data} />
      </Section>
      {data.ppo.length > 0 ? (
        <Section title="2. PPO against the reward model, at two β">
          <div className="grid gap-6 lg:grid-cols-2">
            <PpoChart data={data} metric="reward" />
            <PpoChart data={data} metric="kl" />
          </div>
          <p className="text-xs text-slate-600">
            Share of clipped samples: {data.ppo.map((p) => `β = ${p.beta}: ${(p.clipFraction * 100).toFixed(1)}%`).join("; ")}.
          </p>
          <PolicyHeatmaps data={data} />
        </Section>
      ) : null}
      {data.dpo ? (
        <Section title="3. DPO on the same pairs">
          <DpoChart data={data} />
        </Section>
      ) : null}
      <Section title="Final policies">
        <DistributionChart data={data} />
        <SummaryTable data={data} />
      </Section>
      <Section title="Checked against the formula library">
        <ChecksTable data={data} />
      </Section>
      <Markdown className="text-sm text-slate-700">{LOOK_FOR}</Markdown>
    </>
  );
}
