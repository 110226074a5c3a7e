"use client";

import { useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { LabSelect, numberOptions } from "@/components/labs/lab-select";
import { LabShell } from "@/components/labs/lab-shell";
import { useLab } from "@/components/labs/use-lab";
import type { PeftModelSnapshot } from "@/lib/topics/peft/model-lab/lab";
import { DEFAULT_PEFT_MODEL_SETTINGS, RANK_CHOICES, STEP_CHOICES, TARGET_LABELS, type LoraTargets, type PeftModelSettings } from "@/lib/topics/peft/model-lab/settings";
import { PeftModelResults } from "./model-results";

const INTRO = String.raw`The course's own language model learns a new text, a short story about a lighthouse keeper, in your browser, twice on the same batches: **full fine-tuning** updates all 0.34 M parameters (AdamW, learning rate 3·10⁻⁴); **LoRA** freezes them and trains $W = W_0 + \frac{\alpha}{r} B A$ with $A \in \mathbb{R}^{r \times k}$, $B \in \mathbb{R}^{d \times r}$, $B = 0$ at the start and $\alpha = 8$ (learning rate 3·10⁻³). Both run the whole model forward and backward; LoRA only keeps optimiser state for $A$ and $B$. A second paragraph of the story is held out, and the course's own held-out text shows what each method forgets.`;

export function PeftModelLab() {
  const lab = useLab<PeftModelSettings, PeftModelSnapshot>("peft/model");
  const [settings, setSettings] = useState<PeftModelSettings>(DEFAULT_PEFT_MODEL_SETTINGS);
  const controls = (
    <>
      <LabSelect id="pm-rank" label="LoRA rank r" value={settings.rank} options={numberOptions(RANK_CHOICES)} onChange={(v) => setSettings((s) => ({ ...s, rank: v }))} />
      <LabSelect
        id="pm-targets"
        label="Adapted matrices"
        value={settings.targets}
        options={(Object.keys(TARGET_LABELS) as LoraTargets[]).map((t) => ({ value: t, label: TARGET_LABELS[t] }))}
        onChange={(v) => setSettings((s) => ({ ...s, targets: v }))}
      />
      <LabSelect id="pm-steps" label="Steps per method (2 × 64 characters each)" value={settings.steps} options={numberOptions(STEP_CHOICES)} onChange={(v) => setSettings((s) => ({ ...s, steps: v }))} />
    </>
  );
  return (
    <LabShell id="model-lab-title" footer={false} title="Lab: fine-tune a real language model, fully or with LoRA" intro={<Markdown>{INTRO}</Markdown>} settings={controls} lab={lab} onRun={() => lab.run(settings)}>
      {lab.update ? <PeftModelResults data={lab.update.data} /> : <p className="text-sm text-slate-600">Run the lab to load the model (about 1.4 MB) and fine-tune it both ways.</p>}
    </LabShell>
  );
}
