"use client";

import { useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { LabField, labInputClass } from "@/components/labs/lab-field";
import { LabSelect, numberOptions } from "@/components/labs/lab-select";
import { LabShell } from "@/components/labs/lab-shell";
import { useLab } from "@/components/labs/use-lab";
import type { QuantModelSnapshot } from "@/lib/topics/quantization/model-lab/lab";
import { DEFAULT_QUANT_MODEL_SETTINGS, HELD_OUT_CHOICES, type QuantModelSettings } from "@/lib/topics/quantization/model-lab/settings";
import { QuantModelResults } from "./model-results";

const INTRO = String.raw`The course's own language model (0.34 M parameters in FP32) is quantized here in your browser, every matrix at once, nine ways: INT8 and INT4 with one absmax step per tensor ($\Delta = \max|w| / (2^{b-1}-1)$), per output channel or per group of 64, INT4 with a zero point, and QLoRA's NF4 (16 levels spaced like a normal distribution, one absmax per block of 64), with and without double-quantized constants. The weights are dequantized again to run, as a kernel does after unpacking, so what changes is the error the codes leave. Sizes count every scale (FP16 per INT group, as GPTQ stores them).`;

export function QuantModelLab() {
  const lab = useLab<QuantModelSettings, QuantModelSnapshot>("quantization/model");
  const [settings, setSettings] = useState<QuantModelSettings>(DEFAULT_QUANT_MODEL_SETTINGS);
  const controls = (
    <>
      <LabField id="qm-prompt" label="Opening of the samples (1–60 characters)">
        <input id="qm-prompt" value={settings.prompt} maxLength={60} onChange={(e) => setSettings((s) => ({ ...s, prompt: e.target.value }))} className={labInputClass} />
      </LabField>
      <LabSelect id="qm-held-out" label="Held-out characters per perplexity" value={settings.heldOutChars} options={numberOptions(HELD_OUT_CHOICES)} onChange={(v) => setSettings((s) => ({ ...s, heldOutChars: v }))} />
    </>
  );
  return (
    <LabShell id="model-lab-title" footer={false} title="Lab: quantize a real language model" intro={<Markdown>{INTRO}</Markdown>} settings={controls} lab={lab} onRun={() => lab.run(settings)}>
      {lab.update ? <QuantModelResults data={lab.update.data} /> : <p className="text-sm text-slate-600">Run the lab to load the model (about 1.4 MB) and quantize it.</p>}
    </LabShell>
  );
}
