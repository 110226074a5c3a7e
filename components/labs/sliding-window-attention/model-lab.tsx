"use client";

import { useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { LabField, labInputClass } from "@/components/labs/lab-field";
import { LabSelect, numberOptions } from "@/components/labs/lab-select";
import { LabShell } from "@/components/labs/lab-shell";
import { useLab } from "@/components/labs/use-lab";
import { LAB_WINDOWS, type LabWindow } from "@/lib/topics/sliding-window-attention/model-lab/checkpoints";
import type { WindowModelSnapshot } from "@/lib/topics/sliding-window-attention/model-lab/lab";
import { DEFAULT_WINDOW_MODEL_SETTINGS, HELD_OUT_CHOICES, MAX_PROMPT, type WindowModelSettings } from "@/lib/topics/sliding-window-attention/model-lab/settings";
import { WindowModelResults } from "./model-results";

const INTRO = String.raw`The course's own language model (3 layers, 4 heads, 0.34 M parameters, trained on this course's questions and card fronts, one character per token) runs here in your browser. Each window has its own checkpoint: the base model fine-tuned for 150 steps with query $i$ seeing only keys $i-w+1 \dots i$ (**the window counts the query itself**). The lab draws the chosen checkpoint's attention, measures how far back its last prediction can look, sizes its key/value cache, and compares held-out perplexity across windows.`;

const windowLabel = (w: LabWindow) => (w === null ? "Full attention" : `w = ${w}`);

export function WindowModelLab() {
  const lab = useLab<WindowModelSettings, WindowModelSnapshot>("sliding-window-attention/model");
  const [settings, setSettings] = useState<WindowModelSettings>(DEFAULT_WINDOW_MODEL_SETTINGS);
  const length = Array.from(settings.prompt).length;

  const controls = (
    <>
      <div className="sm:col-span-2 lg:col-span-3">
        <LabField id="swm-prompt" label={`Text to look at (${length} of ${MAX_PROMPT} characters)`} hint="It starts as a held-out line: text the model never trained on.">
          <textarea
            id="swm-prompt"
            aria-describedby="swm-prompt-hint"
            rows={3}
            maxLength={MAX_PROMPT}
            value={settings.prompt}
            onChange={(e) => setSettings((s) => ({ ...s, prompt: e.target.value }))}
            className={labInputClass}
          />
        </LabField>
      </div>
      <LabField id="swm-window" label="Checkpoint to look inside">
        <select id="swm-window" value={String(settings.window)} onChange={(e) => setSettings((s) => ({ ...s, window: e.target.value === "null" ? null : (Number(e.target.value) as LabWindow) }))} className={labInputClass}>
          {LAB_WINDOWS.map((w) => (
            <option key={String(w)} value={String(w)}>
              {windowLabel(w)}
            </option>
          ))}
        </select>
      </LabField>
      <LabSelect id="swm-held-out" label="Held-out characters per perplexity" value={settings.heldOutChars} options={numberOptions(HELD_OUT_CHOICES)} onChange={(v) => setSettings((s) => ({ ...s, heldOutChars: v }))} />
    </>
  );

  return (
    <LabShell id="model-lab-title" footer={false} title="Lab: a real language model under a sliding window" intro={<Markdown>{INTRO}</Markdown>} settings={controls} lab={lab} onRun={() => lab.run(settings)}>
      {lab.update ? <WindowModelResults data={lab.update.data} /> : <p className="text-sm text-slate-600">Run the lab to load the model (about 1.4 MB per checkpoint) and look inside it.</p>}
    </LabShell>
  );
}
