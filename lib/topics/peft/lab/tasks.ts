import type { Rng } from "@/lib/labs/seeded-rng";
import type { Dataset } from "./forward-backward";

/**
 * Two related regression tasks from one random "teacher": y = v·tanh(U x).
 * Task B moves the teacher's hidden weights by a rank-one nudge and changes a
 * few output weights, so a model that learned A has most of what B needs.
 */
export const INPUT_DIM = 8;
const TEACHER_WIDTH = 12;

type Teacher = { u: Float64Array; v: Float64Array };

function teacherOutput(t: Teacher, x: Float64Array): number {
  let y = 0;
  for (let i = 0; i < TEACHER_WIDTH; i++) {
    let z = 0;
    for (let j = 0; j < INPUT_DIM; j++) z += t.u[i * INPUT_DIM + j]! * x[j]!;
    y += t.v[i]! * Math.tanh(z);
  }
  return y;
}

function sample(teacher: Teacher, n: number, rng: Rng, scale: number): Dataset {
  const x = new Float64Array(n * INPUT_DIM);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = x.subarray(i * INPUT_DIM, (i + 1) * INPUT_DIM);
    for (let j = 0; j < INPUT_DIM; j++) row[j] = rng.normal();
    y[i] = teacherOutput(teacher, row) / scale;
  }
  return { n, inputDim: INPUT_DIM, x, y };
}

export type Tasks = { trainA: Dataset; testA: Dataset; trainB: Dataset; testB: Dataset };

export function makeTasks(rng: Rng, trainSize: number, testSize: number): Tasks {
  const normal = (n: number, std: number) => Float64Array.from({ length: n }, () => std * rng.normal());
  const a: Teacher = { u: normal(TEACHER_WIDTH * INPUT_DIM, 1.2 / Math.sqrt(INPUT_DIM)), v: normal(TEACHER_WIDTH, 1) };
  const left = normal(TEACHER_WIDTH, 1);
  const right = normal(INPUT_DIM, 1 / Math.sqrt(INPUT_DIM));
  const b: Teacher = {
    u: a.u.map((w, k) => w + 0.4 * left[Math.floor(k / INPUT_DIM)]! * right[k % INPUT_DIM]!),
    v: a.v.map((w, i) => (i % 4 === 0 ? 0.5 * w : w)),
  };
  // Scale both tasks by task A's spread so a loss of 1 means "no better than predicting 0" on A.
  const probe = sample(a, 512, rng, 1);
  const scale = Math.sqrt(probe.y.reduce((s, y) => s + y * y, 0) / probe.n) || 1;
  return {
    trainA: sample(a, trainSize, rng, scale),
    testA: sample(a, testSize, rng, scale),
    trainB: sample(b, trainSize, rng, scale),
    testB: sample(b, testSize, rng, scale),
  };
}
