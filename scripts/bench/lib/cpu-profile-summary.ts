import { readFileSync } from "node:fs";

/** The parts of a V8 .cpuprofile (written by node --cpu-prof) this summary reads. */
type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
};

export type FrameTime = { frame: string; selfMs: number; share: number };

/** Where a profile's busy time went (idle left out): self time per function (name, file and line), largest first. */
export function summarizeCpuProfile(profile: CpuProfile, top = 25): { totalMs: number; frames: FrameTime[] } {
  const frameOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "~/").replace(/^.*\/\.next\//, ".next/");
    frameOf.set(node.id, `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim());
  }
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = frameOf.get(id) ?? "?";
    // Time waiting for work isn't the server's cost.
    if (frame === "(idle)") return;
    total += ms;
    self.set(frame, (self.get(frame) ?? 0) + ms);
  });
  const frames = [...self.entries()]
    .map(([frame, selfMs]) => ({ frame, selfMs, share: total ? selfMs / total : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
  return { totalMs: total, frames };
}

export function printCpuProfileSummary(file: string, top = 25): void {
  const { totalMs, frames } = summarizeCpuProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, top);
  console.log(`\nCPU profile of the server (${(totalMs / 1000).toFixed(1)} s sampled), top ${frames.length} frames by self time:`);
  for (const f of frames) console.log(`${(f.share * 100).toFixed(1).padStart(5)} %  ${f.selfMs.toFixed(0).padStart(6)} ms  ${f.frame}`);
}
