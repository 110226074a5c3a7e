"use client";

import { useMemo, useState } from "react";
import { CanvasHeatmap } from "@/components/labs/canvas-heatmap";
import { LabSelect } from "@/components/labs/lab-select";
import { SampleList } from "@/components/labs/sample-list";
import { visible } from "@/lib/lm/attention";
import type { LabWindow } from "@/lib/topics/sliding-window-attention/model-lab/checkpoints";
import type { WindowModelSnapshot } from "@/lib/topics/sliding-window-attention/model-lab/lab";
import { PerplexityChart } from "./model-charts";

const windowName = (w: LabWindow) => (w === null ? "full" : `w = ${w}`);
const shown = (c: string) => (c === " " ? "␣" : c);
const bytes = (b: number) => (b >= 1024 ? `${(b / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KiB` : `${b} B`);

export function WindowModelResults({ data }: { data: WindowModelSnapshot }) {
  return (
    <>
      <AttentionMaps data={data} />
      <TokenLoss data={data} />
      {data.receptive ? <ReceptiveField data={data} /> : null}
      {data.cache ? <CacheTable data={data} /> : null}
      {data.perplexity.some((r) => r.masked !== null) ? <Perplexity data={data} /> : null}
      {data.samples.length ? <Samples data={data} /> : null}
    </>
  );
}

function AttentionMaps({ data }: { data: WindowModelSnapshot }) {
  const [layer, setLayer] = useState(0);
  const [head, setHead] = useState(0);
  const n = data.text.length - 1;
  const w = data.window;
  const values = useMemo(() => {
    const offset = (layer * data.heads + head) * n * n;
    const map = data.attention.subarray(offset, offset + n * n);
    // Masked cells (a later key, or one outside the window) become NaN, which the map greys out.
    return Float32Array.from(map, (v, i) => (visible(Math.floor(i / n), i % n, w) ? v : NaN));
  }, [data.attention, data.heads, layer, head, n, w]);
  return (
    <div>
      <h3 className="text-base font-semibold">Where each character looks ({data.checkpoint})</h3>
      <div className="mt-2 grid gap-4 lg:grid-cols-[minmax(0,28rem)_1fr]">
        <CanvasHeatmap
          values={values}
          rows={n}
          cols={n}
          label={`Attention weights of layer ${layer + 1}, head ${head + 1}: row = query, column = key, ${n} characters. Grey cells are masked: later keys, and keys outside the window${w === null ? " (none here)" : ` of ${w}`}.`}
          describeCell={(r, c, v) =>
            Number.isFinite(v) ? `Query ${r} “${shown(data.text[r]!)}” → key ${c} “${shown(data.text[c]!)}”: weight ${v.toFixed(3)}` : `Query ${r} → key ${c}: masked${c > r ? " (a later character)" : " (outside the window)"}`
          }
        />
        <div className="space-y-3 text-sm text-slate-700">
          <div className="grid grid-cols-2 gap-3">
            <LabSelect id="swm-layer" label="Layer" value={layer} options={Array.from({ length: data.layers }, (_, l) => ({ value: l, label: `Layer ${l + 1}` }))} onChange={setLayer} />
            <LabSelect id="swm-head" label="Head" value={head} options={Array.from({ length: data.heads }, (_, h) => ({ value: h, label: `Head ${h + 1}` }))} onChange={setHead} />
          </div>
          <p>
            Each row is one character asking &ldquo;which earlier characters matter for what comes next?&rdquo; and sums to 1 over the keys it may see. Under a window the
            coloured band is {w === null ? "the whole lower triangle" : `${w} cells wide, the query included`}.
          </p>
          <p>Heads specialise: look for one that puts its weight on the previous character (the diagonal just below the main one) and one that spreads it over the word so far.</p>
        </div>
      </div>
    </div>
  );
}

function TokenLoss({ data }: { data: WindowModelSnapshot }) {
  const chars = data.text.slice(1);
  const worst = [...data.tokenLoss.keys()].sort((a, b) => data.tokenLoss[b]! - data.tokenLoss[a]!).slice(0, 3);
  return (
    <div>
      <h3 className="text-base font-semibold">How surprised the model is by each character</h3>
      <p className="mt-1 text-sm text-slate-700">
        Mean loss {data.meanLoss.toFixed(2)} nats per character (perplexity {Math.exp(data.meanLoss).toFixed(2)}). Darker = more surprising; the most surprising:{" "}
        {worst.map((t, i) => (
          <span key={t}>
            {i > 0 ? ", " : ""}“{shown(chars[t] ?? "")}” after “{data.text.slice(Math.max(0, t - 8), t + 1).join("")}” ({data.tokenLoss[t]!.toFixed(1)} nats)
          </span>
        ))}
        .
      </p>
      <p className="sr-only">The text follows, each character shaded by its loss; hover a character for its value.</p>
      <p className="mt-2 rounded-md border border-slate-200 p-2 font-mono text-sm leading-7 break-all">
        <span>{data.text[0]}</span>
        {data.tokenLoss.map((loss, t) => (
          <span key={t} title={`${loss.toFixed(2)} nats`} style={{ backgroundColor: `rgba(220, 38, 38, ${Math.min(0.75, loss / 8)})` }}>
            {chars[t]}
          </span>
        ))}
      </p>
    </div>
  );
}

function ReceptiveField({ data }: { data: WindowModelSnapshot }) {
  const rows = data.receptive!;
  return (
    <div>
      <h3 className="text-base font-semibold">How far back the last prediction can look</h3>
      <p className="mt-1 text-sm text-slate-700">
        Measured on the model itself: the gradient of the last position&apos;s prediction with respect to each input character, after the first L layers. Outside the receptive field it is exactly 0.
        The formula is lib/compute&apos;s <code>attention.receptive_field</code>.
      </p>
      <div className="mt-2 space-y-2">
        {rows.map((r) => (
          <div key={r.depth} className="flex items-center gap-2">
            <span className="w-16 shrink-0 text-xs text-slate-600">L = {r.depth}</span>
            <div className="flex h-4 min-w-0 flex-1" aria-hidden>
              {r.influence.map((v, j) => (
                <span key={j} className="h-full flex-1" style={{ backgroundColor: v > 0 ? `rgba(79, 70, 229, ${0.15 + 0.85 * Math.sqrt(v)})` : "var(--chart-track)" }} />
              ))}
            </div>
          </div>
        ))}
      </div>
      <div role="region" aria-label="Receptive field, measured and by formula" tabIndex={0} className="mt-3 overflow-x-auto">
        <table className="text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="pr-4 font-medium">Layers L</th>
              <th className="pr-4 font-medium">Reached</th>
              <th className="pr-4 font-medium">L·(w−1)+1</th>
              <th className="font-medium">Capped at the text</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.depth}>
                <td className="pr-4">{r.depth}</td>
                <td className="pr-4">{r.reached}</td>
                <td className="pr-4">{r.formula ?? "— (full)"}</td>
                <td>
                  {r.capped} {r.capped === r.reached ? "✓" : "✗"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CacheTable({ data }: { data: WindowModelSnapshot }) {
  const agree = data.cache!.every((r) => r.measured === r.library);
  return (
    <div role="region" aria-label="Key/value cache per window" tabIndex={0} className="overflow-x-auto">
      <h3 className="text-base font-semibold">Key/value cache for 128 characters</h3>
      <p className="mt-1 text-sm text-slate-700">
        Measured from the decoder the samples below are written with: float32 keys and values per layer, a rolling buffer of w slots under a window. Held against lib/compute&apos;s{" "}
        <code>attention.kv_cache_bytes</code> (full) and <code>attention.local_global_kv_bytes</code> (windows): {agree ? "✓ every size equals it." : "✗ a size differs from it."}
      </p>
      <table className="mt-2 text-sm">
        <thead>
          <tr className="text-left text-slate-600">
            <th className="pr-4 font-medium">Window</th>
            <th className="pr-4 font-medium">Slots</th>
            <th className="pr-4 font-medium">Measured</th>
            <th className="font-medium">lib/compute</th>
          </tr>
        </thead>
        <tbody>
          {data.cache!.map((r) => (
            <tr key={String(r.window)}>
              <td className="pr-4">{windowName(r.window)}</td>
              <td className="pr-4">{r.slots}</td>
              <td className="pr-4">{bytes(r.measured)}</td>
              <td>
                {bytes(r.library)} {r.library === r.measured ? "✓" : "✗"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Perplexity({ data }: { data: WindowModelSnapshot }) {
  const fmt = (v: number | null) => (v === null ? "…" : v.toFixed(2));
  return (
    <div>
      <h3 className="text-base font-semibold">Held-out perplexity against the window</h3>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <PerplexityChart rows={data.perplexity} predictions={data.predictions} />
        <div role="region" aria-label="Held-out perplexity per window" tabIndex={0} className="overflow-x-auto">
          <table className="text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="pr-4 font-medium">Window</th>
                <th className="pr-4 font-medium">Base, masked</th>
                <th className="font-medium">Fine-tuned for it</th>
              </tr>
            </thead>
            <tbody>
              {data.perplexity.map((r) => (
                <tr key={String(r.window)}>
                  <td className="pr-4">{windowName(r.window)}</td>
                  <td className="pr-4">{fmt(r.masked)}</td>
                  <td>{fmt(r.fineTuned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-600">
            Perplexity = e^(mean loss) over {data.predictions.toLocaleString("en-US")} predictions at the start of the held-out text, in windows of 128 characters. &ldquo;Full, fine-tuned&rdquo; is
            the control: base trained 150 more steps with nothing masked.
          </p>
          <p className="mt-2 text-sm text-slate-700">
            What to look for: masking the base model costs more the narrower the window. Fine-tuning under the window wins most of it back, and every fine-tune also gains from the extra
            training, so compare each with the full-attention control. A character model gets most of its prediction from the last few characters, so here only the narrowest windows
            clearly hurt: with the default text, the wider windows&apos; fine-tunes differ from the control by less than the control differs from the base model.
          </p>
        </div>
      </div>
    </div>
  );
}

function Samples({ data }: { data: WindowModelSnapshot }) {
  return (
    <div>
      <h3 className="text-base font-semibold">What each checkpoint writes</h3>
      <p className="mt-1 text-sm text-slate-700">The first 40 characters of the text, continued by 80 sampled ones (temperature 0.8, the 20 likeliest characters, the same seed for all).</p>
      <SampleList label="What each checkpoint writes" items={data.samples.map((s) => ({ key: s.checkpoint, name: windowName(s.window), opening: data.text.slice(0, 40).join(""), text: s.text }))} />
    </div>
  );
}
