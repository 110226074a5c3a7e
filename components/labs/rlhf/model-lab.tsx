"use client";

import { useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { LabField, labInputClass } from "@/components/labs/lab-field";
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
  const select = (id: string, label: string, value: number, options: readonly number[], onChange: (v: number) => void) => (
    <LabField id={id} label={label}>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))} className={labInputClass}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </LabField>
  );
  const controls = (
    <>
      {select("rm-beta-1", "PPO: KL weight β", settings.betas[0], BETA_CHOICES, (v) => setSettings((s) => ({ ...s, betas: [v, s.betas[1]] })))}
      {select("rm-beta-2", "PPO again, with β", settings.betas[1], BETA_CHOICES, (v) => setSettings((s) => ({ ...s, betas: [s.betas[0], v] })))}
      {select("rm-dpo-beta", "DPO: β", settings.dpoBeta, [0.5, 0.3, 0.1, 0.05], (v) => setSettings((s) => ({ ...s, dpoBeta: v })))}
      {select("rm-steps", "Policy updates per method", settings.steps, STEP_CHOICES, (v) => setSettings((s) => ({ ...s, steps: v })))}
    </>
  );
  return (
    <LabShell id="model-lab-title" footer={false} title="Lab: align a real language model with PPO and DPO" intro={<Markdown>{INTRO}</Markdown>} settings={controls} lab={lab} onRun={() => lab.run(settings)}>
      {lab.update ? <RlhfModelResults data={lab.update.data} /> : <p className="text-sm text-slate-600">Run the lab to load the model (about 1.4 MB) and align it.</p>}
    </LabShell>
  );
}
