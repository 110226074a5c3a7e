import { readdirSync, readFileSync } from "node:fs";

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every Linux platform Node runs on). */
const TICKS_PER_SECOND = 100;

type Stat = { pid: number; ppid: number; own: number; children: number };

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields start after its ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const n = (i: number) => Number(fields[i - 3]);
    // Fields (1-based, man proc): 4 ppid, 14 utime, 15 stime, 16 cutime, 17 cstime.
    return { pid, ppid: n(4), own: n(14) + n(15), children: n(16) + n(17) };
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) used so far by a process and everything under it: the live processes' own time,
 * plus what finished children left to their parents (PostgreSQL's backends come and go). Linux only;
 * NaN elsewhere.
 */
export function processTreeCpuMs(rootPid: number): number {
  let all: Stat[];
  try {
    all = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map((d) => readStat(Number(d)))
      .filter((s): s is Stat => s !== null);
  } catch {
    return Number.NaN;
  }
  const byParent = new Map<number, Stat[]>();
  for (const s of all) byParent.set(s.ppid, [...(byParent.get(s.ppid) ?? []), s]);
  const root = all.find((s) => s.pid === rootPid);
  if (!root) return Number.NaN;
  let ticks = 0;
  const visit = (s: Stat, isRoot: boolean) => {
    ticks += s.own + (isRoot ? s.children : 0);
    for (const child of byParent.get(s.pid) ?? []) visit(child, false);
  };
  visit(root, true);
  return (ticks / TICKS_PER_SECOND) * 1000;
}
