"use client";

import { useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { LabSelect, numberOptions } from "@/components/labs/lab-select";
import { LabShell } from "@/components/labs/lab-shell";
import { useLab } from "@/components/labs/use-lab";
import type { RlhfModelSnapshot } from "@/lib/topics/rlhf/model-lab/lab";
import { DEFAULT_RLHF_MODEL_SETTINGS, STEP_CHOICES, type RlhfModelSettings } from "@/lib/topics/rlhf/model-lab/settings";
import { RlhfModelResults } from "./model-results";

const INTRO = String.raw`InstructGPT's recipe on the course's own language model, in your browser: preference pairs made by a stated rule over the model's own samples, a reward model trained on them with the Bradley–Terry loss, then the model tuned to maximise $r(x, y) - \beta \log \frac{\pi(y|x)}{\pi_{ref}(y|x)}$ with PPO at two values of $\beta$, and, on the same pairs, DPO, which needs neither the reward model nor sampling. The rule is deliberately gameable, so over-optimisation shows.`;

const BETA_CHOICES = [0.3, 0.1, 0.03, 0.01, 0];

export function RlhfModelLab() {
  const lab = useLab<RlhfModelSettings, RlhfModelSnapshot>("rlhf/model");
  const [settings, setSettings] = useState<RlhfModelSettings>(DEFAULT_RLHF_MODEL_SETTINGS);
  const controls = (
    <>
      <LabSelect id="rm-beta-1" label="PPO: KL weight β" value={settings.betas[0]} options={numberOptions(BETA_CHOICES)} onChange={(v) => setSettings((s) => ({ ...s, betas: [v, s.betas[1]] }))} />
      <LabSelect id="rm-beta-2" label="PPO again, with β" value={settings.betas[1]} options={numberOptions(BETA_CHOICES)} onChange={(v) => setSettings((s) => ({ ...s, betas: [s.betas[0], v] }))} />
      <LabSelect id="rm-dpo-beta" label="DPO: β" value={settings.dpoBeta} options={numberOptions([0.5, 0.3, 0.1, 0.05])} onChange={(v) => setSettings((s) => ({ ...s, dpoBeta: v }))} />
      <LabSelect id="rm-steps" label="Policy updates per method" value={settings.steps} options={numberOptions(STEP_CHOICES)} onChange={(v) => setSettings((s) => ({ ...s, steps: v }))} />
    </>
  );
  return (
    <LabShell id="model-lab-title" footer={false} title="Lab: align a real language model with PPO and DPO" intro={<Markdown>{INTRO}</Markdown>} settings={controls} lab={lab} onRun={() => lab.run(settings)}>
      {lab.update ? <RlhfModelResults data={lab.update.data} /> : <p className="text-sm text-slate-600">Run the lab to load the model (about 1.4 MB) and align it.</p>}
    </LabShell>
  );
}
