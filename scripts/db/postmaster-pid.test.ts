import { describe, expect, it } from "vitest";
import { parsePostmasterPid, postmasterState } from "./postmaster-pid";

describe("parsePostmasterPid", () => {
  it("reads the PID and port of a running server's lock file", () => {
    const file = "4242\n/data/postgres\n1764331200\n54321\n\n127.0.0.1\n  1234567  7\nready   \n";
    expect(parsePostmasterPid(file)).toEqual({ pid: 4242, port: 54321 });
  });

  it("copes with a file cut short by a crash", () => {
    expect(parsePostmasterPid("4242\n/data/postgres\n")).toEqual({ pid: 4242, port: null });
    expect(parsePostmasterPid("")).toBeNull();
  });
});

describe("postmasterState", () => {
  it("tells a dead PID from a reused one", () => {
    expect(postmasterState(null)).toBe("absent");
    // This test process is alive but is no postgres.
    expect(postmasterState({ pid: process.pid, port: null })).toBe("stale-reused");
    expect(postmasterState({ pid: 2 ** 22 + 1, port: null })).toBe("stale-dead");
  });
});
