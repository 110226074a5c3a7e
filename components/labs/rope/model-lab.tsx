"use client";

import { useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { LabField, labInputClass } from "@/components/labs/lab-field";
import { LabSelect, numberOptions } from "@/components/labs/lab-select";
import { LabShell } from "@/components/labs/lab-shell";
import { useLab } from "@/components/labs/use-lab";
import type { RopeModelSnapshot } from "@/lib/topics/rope/model-lab/lab";
import { DEFAULT_ROPE_MODEL_SETTINGS, HELD_OUT_CHOICES, type RopeModelSettings } from "@/lib/topics/rope/model-lab/settings";
import { RopeModelResults } from "./model-results";

const INTRO = String.raw`The course's own language model was trained three times from the same seed on 128-character windows: with **RoPE** (base 10,000), with **learned absolute positions**, and with **no positions at all** (NoPE: the causal mask alone orders the characters). The lab first checks RoPE's promise on the model's own first layer, $q_m \cdot k_n$ depending only on $m - n$, then runs every scheme at 1×, 2× and 4× the training length, with two ways to stretch RoPE without retraining (Position Interpolation, NTK-aware scaling) and one with a short fine-tune.`;

export function RopeModelLab() {
  const lab = useLab<RopeModelSettings, RopeModelSnapshot>("rope/model");
  const [form, setForm] = useState({ heldOutChars: String(DEFAULT_ROPE_MODEL_SETTINGS.heldOutChars), offset: String(DEFAULT_ROPE_MODEL_SETTINGS.offset), pair: DEFAULT_ROPE_MODEL_SETTINGS.pair });
  const settings: RopeModelSettings = { heldOutChars: Number(form.heldOutChars), offset: Number(form.offset), pair: form.pair };

  const controls = (
    <>
      <LabField id="rpm-pair" label="Query and key characters" hint="Two characters: the first makes the query, the second the key.">
        <input id="rpm-pair" aria-describedby="rpm-pair-hint" value={form.pair} maxLength={2} onChange={(e) => setForm((f) => ({ ...f, pair: e.target.value }))} className={labInputClass} />
      </LabField>
      <LabField id="rpm-offset" label="Offset m − n (0–64)">
        <input id="rpm-offset" type="number" min={0} max={64} value={form.offset} onChange={(e) => setForm((f) => ({ ...f, offset: e.target.value }))} className={labInputClass} />
      </LabField>
      <LabSelect id="rpm-held-out" label="Held-out characters per perplexity" value={Number(form.heldOutChars)} options={numberOptions(HELD_OUT_CHOICES)} onChange={(v) => setForm((f) => ({ ...f, heldOutChars: String(v) }))} />
    </>
  );

  return (
    <LabShell id="model-lab-title" footer={false} title="Lab: positions in a real language model, and past its training length" intro={<Markdown>{INTRO}</Markdown>} settings={controls} lab={lab} onRun={() => lab.run(settings)}>
      {lab.update ? <RopeModelResults data={lab.update.data} /> : <p className="text-sm text-slate-600">Run the lab to load the checkpoints (about 1.4 MB each) and measure them.</p>}
    </LabShell>
  );
}
