// `npm run bench:compute`: variants generated and graded per second on one core
// (Node runs this on one thread), and the cost of one call of each compute function.
import { compute, describeComputeFunctions } from "@/lib/compute/index";
import { COMPUTE_SAMPLE_INPUTS } from "@/lib/compute/sample-inputs";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { generateVariant } from "@/lib/questions/generate-variant";
import { gradeResponse, type Response } from "@/lib/questions/grade-response";
import type { Variant } from "@/lib/questions/variant";

function timeLoop(minMs: number, body: (i: number) => void): { ops: number; ms: number } {
  // Warm up so the JIT has compiled the hot paths before timing.
  for (let i = 0; i < 2000; i++) body(i);
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let i = 0; i < 1000; i++) body(ops + i);
    ops += 1000;
    now = performance.now();
  }
  return { ops, ms: now - start };
}

// What a student who knows the answer would send, so grading takes its full path.
function correctResponse(v: Variant): Response {
  switch (v.kind) {
    case "numeric":
      return { kind: "numeric", text: v.solution.expectedText };
    case "ordering":
      return { kind: "ordering", order: v.solution.order ?? [] };
    case "short_text":
      return { kind: "text", text: v.solution.accepted?.[0] ?? "" };
    default:
      return { kind: "choice", choiceId: v.solution.correctChoiceId ?? "" };
  }
}

const templates = builtInTemplates();
let graded = 0;
let correct = 0;
const variants = timeLoop(3000, (i) => {
  const t = templates[i % templates.length]!;
  const v = generateVariant(t, Math.floor(i / templates.length));
  const g = gradeResponse(v, correctResponse(v));
  graded++;
  if (g.correct) correct++;
});
const perSecond = Math.round((variants.ops / variants.ms) * 1000);

console.log(`Question engine (${templates.length} built-in templates, one core)`);
console.log(`  variants generated + graded: ${perSecond.toLocaleString("en-US")} /s  (${variants.ops.toLocaleString("en-US")} in ${(variants.ms / 1000).toFixed(2)} s; target ≥ 100,000/s)`);
console.log(`  graded correct when answered with the expected text: ${((correct / graded) * 100).toFixed(2)} %`);
console.log("");
console.log("compute() cost per call");
const rows = describeComputeFunctions().map((fn) => {
  const inputs = COMPUTE_SAMPLE_INPUTS[fn.name];
  if (!inputs) return { name: fn.name, ns: Number.NaN };
  const r = timeLoop(200, () => compute(fn.name, inputs));
  return { name: fn.name, ns: (r.ms * 1e6) / r.ops };
});
const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${Number.isNaN(r.ns) ? "no sample input" : `${r.ns.toFixed(0).padStart(6)} ns`}`);
