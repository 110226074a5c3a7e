import { describe, expect, it } from "vitest";
import { DEFAULT_RESTART_POLICY, describeExit, isCrash, nextRestart } from "./restart-policy";

/** The delays of `count` crashes in a row, each `upForMs` after its start. */
function delays(count: number, upForMs: number): number[] {
  const out: number[] = [];
  let crashes = 0;
  for (let i = 0; i < count; i++) {
    const decision = nextRestart(crashes, upForMs);
    out.push(decision.delayMs);
    crashes = decision.crashesInARow;
  }
  return out;
}

describe("nextRestart", () => {
  it("doubles the wait from 1 s while the process keeps crashing, capped at 30 s", () => {
    expect(delays(8, 500)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("starts again at 1 s after a process that had run stably", () => {
    expect(nextRestart(6, DEFAULT_RESTART_POLICY.stableAfterMs)).toEqual({ delayMs: 1_000, crashesInARow: 1 });
    expect(nextRestart(6, DEFAULT_RESTART_POLICY.stableAfterMs - 1)).toEqual({ delayMs: 30_000, crashesInARow: 7 });
  });

  it("stays at the cap in a very long crash loop", () => {
    expect(nextRestart(10_000, 0).delayMs).toBe(30_000);
  });

  it("follows the policy it is given", () => {
    const policy = { firstDelayMs: 50, maxDelayMs: 120, stableAfterMs: 10 };
    expect([nextRestart(0, 0, policy), nextRestart(1, 0, policy), nextRestart(2, 0, policy), nextRestart(2, 10, policy)]).toEqual([
      { delayMs: 50, crashesInARow: 1 },
      { delayMs: 100, crashesInARow: 2 },
      { delayMs: 120, crashesInARow: 3 },
      { delayMs: 50, crashesInARow: 1 },
    ]);
  });
});

describe("isCrash", () => {
  it("restarts after a signal or a non-zero exit code, not after exit code 0", () => {
    expect(isCrash({ code: null, signal: "SIGKILL" })).toBe(true);
    expect(isCrash({ code: 1, signal: null })).toBe(true);
    expect(isCrash({ code: 0, signal: null })).toBe(false);
  });

  it("names the cause", () => {
    expect(describeExit({ code: null, signal: "SIGKILL" })).toBe("signal SIGKILL");
    expect(describeExit({ code: 3, signal: null })).toBe("exit code 3");
  });
});
