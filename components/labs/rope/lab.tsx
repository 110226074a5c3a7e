"use client";

import { useState, type ReactNode } from "react";
import { Markdown } from "@/components/ui/markdown";
import type { RopeSettings, RopeSnapshot } from "@/lib/topics/rope/lab/lab";
import { formatNumber, relativeErrorLabel } from "@/lib/topics/rope/lab/format";
import { LabShell } from "@/components/labs/lab-shell";
import { LabField, labInputClass } from "@/components/labs/lab-field";
import { FrequencyChart, OffsetChart, PiAngleChart } from "./charts";
import { RopeLibraryTable } from "./library-table";
import { RopeRotationPicture } from "./rotation-picture";
import { useLab } from "@/components/labs/use-lab";

// Kept as text while editing so a half-typed number isn't snapped back; the lab validates on Run.
type Form = Record<Exclude<keyof RopeSettings, "base">, string> & { baseChoice: "10000" | "500000" | "custom"; customBase: string };

const INITIAL_FORM: Form = {
  d: "64",
  baseChoice: "10000",
  customBase: "1000000",
  m: "12",
  n: "5",
  shift: "1000",
  piFactor: "4",
  maxOffset: "256",
  pair: "0",
  trials: "1000",
  seed: "1",
};

function toSettings(f: Form): RopeSettings {
  return {
    d: Number(f.d),
    base: Number(f.baseChoice === "custom" ? f.customBase : f.baseChoice),
    m: Number(f.m),
    n: Number(f.n),
    shift: Number(f.shift),
    piFactor: Number(f.piFactor),
    maxOffset: Number(f.maxOffset),
    pair: Number(f.pair),
    trials: Number(f.trials),
    seed: Number(f.seed),
  };
}

const FORMULAS = String.raw`Pair $i$ of a $d$-dimensional query or key (dimensions $2i, 2i{+}1$) at position $m$ is turned by the angle $m\theta_i$, with $\theta_i = b^{-2i/d}$ ($b$ = base; RoFormer, arXiv 2104.09864):

$$\begin{pmatrix} x'_{2i} \\ x'_{2i+1} \end{pmatrix} = \begin{pmatrix} \cos m\theta_i & -\sin m\theta_i \\ \sin m\theta_i & \cos m\theta_i \end{pmatrix} \begin{pmatrix} x_{2i} \\ x_{2i+1} \end{pmatrix}$$

Because rotations compose, $(R_m q)^\top (R_n k) = q^\top R_{n-m}\, k$: the score depends on $q$, $k$ and the offset $m - n$ only. Pair $i$ completes a turn every $\lambda_i = 2\pi/\theta_i$ tokens. Position Interpolation (arXiv 2306.15595) uses $m/f$ instead of $m$, so every angle is divided by the factor $f$.`;


export function RopeLab() {
  const lab = useLab<RopeSettings, RopeSnapshot>("rope");
  const [form, setForm] = useState<Form>(INITIAL_FORM);
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const number = (key: Exclude<keyof Form, "baseChoice">, label: string, hint?: string, step = "1") => (
    <LabField id={`rope-${key}`} label={label} hint={hint}>
      <input id={`rope-${key}`} type="number" inputMode="decimal" step={step} value={form[key]} onChange={set(key)} aria-describedby={hint ? `rope-${key}-hint` : undefined} className={labInputClass} />
    </LabField>
  );
  const data = lab.update?.data;

  const settings = (
    <>
      <LabField id="rope-d" label="Head dimension d">
        <select id="rope-d" value={form.d} onChange={set("d")} className={labInputClass}>
          {[8, 16, 32, 64, 128].map((d) => (
            <option key={d} value={d}>
              {d} ({d / 2} pairs)
            </option>
          ))}
        </select>
      </LabField>
      <LabField id="rope-base" label="Base b">
        <select id="rope-base" value={form.baseChoice} onChange={set("baseChoice")} className={labInputClass}>
          <option value="10000">10,000 (RoFormer, Llama 2)</option>
          <option value="500000">500,000 (Llama 3)</option>
          <option value="custom">Other…</option>
        </select>
      </LabField>
      {form.baseChoice === "custom" ? number("customBase", "Custom base", "Greater than 1.", "any") : null}
      {number("m", "Query position m")}
      {number("n", "Key position n")}
      {number("shift", "Shift s", "Both positions move by s.")}
      {number("piFactor", "Interpolation factor f", "Positions are divided by f; 1 = plain RoPE.", "any")}
      <LabField id="rope-maxOffset" label="Offset range (±)">
        <select id="rope-maxOffset" value={form.maxOffset} onChange={set("maxOffset")} className={labInputClass}>
          {[64, 128, 256, 512, 1024, 2048].map((o) => (
            <option key={o} value={o}>
              −{o} … {o}
            </option>
          ))}
        </select>
      </LabField>
      {number("pair", "Pair to draw", `0 … d/2 − 1.`)}
      {number("trials", "Random trials", "Random q, k, m, n, s checked.")}
      {number("seed", "Seed for q and k")}
    </>
  );

  return (
    <LabShell
      title="Warm-up: rotary position embeddings by hand"
      intro={<Markdown>{FORMULAS}</Markdown>}
      settings={settings}
      lab={lab}
      onRun={() => lab.run(toSettings(form))}
    >
      {data ? <RopeResults data={data} /> : <p className="text-sm text-slate-600">Run the lab to draw a random q and k and rotate them.</p>}
    </LabShell>
  );
}

function Row({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 border-b border-slate-100 py-1">
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-mono tabular-nums">{children}</dd>
    </div>
  );
}

function RopeResults({ data }: { data: RopeSnapshot }) {
  const { m, n, shift, piFactor } = data.settings;
  const { scores, norms, trials } = data;
  const gap = Math.abs(scores.atMN - scores.atShifted);
  const f = formatNumber(piFactor);
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="rope-scores">
          <h3 id="rope-scores" className="text-sm font-semibold">
            The relative property
          </h3>
          <dl className="mt-2 text-sm">
            <Row term="q·k without rotation">{formatNumber(scores.unrotated, 8)}</Row>
            <Row term={`q·k at (m, n) = (${m}, ${n})`}>{formatNumber(scores.atMN, 8)}</Row>
            <Row term={`q·k at (m + s, n + s) = (${m + shift}, ${n + shift})`}>{formatNumber(scores.atShifted, 8)}</Row>
            <Row term="|difference|">{relativeErrorLabel(gap)}</Row>
            <Row term={`With PI ÷${f}: at (m, n)`}>{formatNumber(scores.piAtMN, 8)}</Row>
            <Row term={`With PI ÷${f}: at (m + s, n + s)`}>{formatNumber(scores.piAtShifted, 8)}</Row>
            <Row term="‖q‖ → ‖R_m q‖">
              {formatNumber(norms.q, 8)} → {formatNumber(norms.qRotated, 8)}
            </Row>
            <Row term="‖k‖ → ‖R_n k‖">
              {formatNumber(norms.k, 8)} → {formatNumber(norms.kRotated, 8)}
            </Row>
            <Row term={`Random draws checked (positions up to 100,000)`}>
              {trials.done} of {trials.total}
            </Row>
            <Row term="Largest |q_m·k_n − q_{m+s}·k_{n+s}|">{trials.done ? relativeErrorLabel(trials.maxRelativeGap) : "…"}</Row>
            <Row term="Largest |‖R x‖ − ‖x‖|">{trials.done ? relativeErrorLabel(trials.maxNormGap) : "…"}</Row>
          </dl>
        </section>
        <section aria-labelledby="rope-picture">
          <h3 id="rope-picture" className="text-sm font-semibold">
            One pair, rotated
          </h3>
          <div className="mt-2">
            <RopeRotationPicture picture={data.picture} m={m} factor={piFactor} />
          </div>
        </section>
      </div>

      <section aria-labelledby="rope-offset">
        <h3 id="rope-offset" className="text-sm font-semibold">
          q·k against the offset m − n
        </h3>
        {data.offsets.length ? <OffsetChart data={data} /> : <p className="mt-2 text-sm text-slate-600">Computing…</p>}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="rope-freq">
          <h3 id="rope-freq" className="text-sm font-semibold">
            Frequencies and wavelengths
          </h3>
          <FrequencyChart data={data} />
        </section>
        <section aria-labelledby="rope-pi">
          <h3 id="rope-pi" className="text-sm font-semibold">
            Position Interpolation compresses the angles
          </h3>
          <PiAngleChart data={data} />
        </section>
      </div>

      <section aria-labelledby="rope-library">
        <h3 id="rope-library" className="text-sm font-semibold">
          Checked against the formula library
        </h3>
        <RopeLibraryTable pairs={data.pairs} m={m} factor={piFactor} maxRelError={data.libraryMaxRelError} />
      </section>

      <section aria-labelledby="rope-look" className="rounded-md bg-slate-50 p-4 text-sm text-slate-700">
        <h3 id="rope-look" className="font-semibold text-slate-900">
          What to look for
        </h3>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>The scores at (m, n) and (m + s, n + s) agree up to float64 rounding (10⁻¹⁰ or smaller), whatever the shift: only m − n matters. The random draws check the same at positions up to 100,000.</li>
          <li>Rotation never changes a vector&apos;s length, so RoPE moves information into angles, not magnitudes.</li>
          <li>q·q is largest at offset 0 and smaller, though still wiggling, further away: fast pairs go out of phase within a few tokens, slow pairs hardly turn.</li>
          <li>θ_i falls geometrically: at base 10,000 the first pair turns once every 2π ≈ 6.28 tokens, the last one only every tens of thousands of tokens. Raising the base to 500,000 stretches the slow wavelengths further.</li>
          <li>With interpolation factor f the offset curve is stretched by f: offset f·δ scores like offset δ did, so a model trained on a short context sees only angles it already knows.</li>
          <li>There is no training in this lab, so there are no gradients to check; every number above is exact arithmetic in float64.</li>
        </ul>
      </section>
    </>
  );
}
