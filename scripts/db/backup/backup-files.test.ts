import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { backupFileName, parseBackupInterval, parseBackupKeep, pruneBackups } from "./backup-files";

describe("backup files", () => {
  it("are named by their UTC time, so names sort by age", () => {
    expect(backupFileName(new Date("2026-12-04T21:30:05.123Z"))).toBe("quizformer-20261204-213005.qfbackup.gz");
  });

  it("keep the newest ones and leave other files alone", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "backups-"));
    try {
      const names = ["20261201-000000", "20261202-000000", "20261203-000000", "20261204-000000"].map((s) => `quizformer-${s}.qfbackup.gz`);
      const [stale, writing] = ["quizformer-20261201-000000.qfbackup.gz.4242.partial", "quizformer-20261204-000000.qfbackup.gz.4343.partial"];
      for (const name of [...names, "notes.txt", "quizformer-manual.qfbackup.gz", stale, writing]) await writeFile(path.join(dir, name), "x");
      // A killed run's partial file from two days ago goes; one being written now stays.
      await utimes(path.join(dir, stale), new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
      expect(await pruneBackups(dir, 2)).toEqual([...names.slice(0, 2), stale]);
      expect((await readdir(dir)).sort()).toEqual(["notes.txt", "quizformer-manual.qfbackup.gz", writing, ...names.slice(2)].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("read BACKUP_EVERY and BACKUP_KEEP, naming a bad value", () => {
    expect(parseBackupInterval(undefined)).toBeUndefined();
    expect(parseBackupInterval("30m")).toBe(30 * 60_000);
    expect(parseBackupInterval(" 6H ")).toBe(6 * 3_600_000);
    expect(parseBackupInterval("1d")).toBe(86_400_000);
    expect(() => parseBackupInterval("1m")).toThrow(/at least 5 minutes/);
    expect(() => parseBackupInterval("daily")).toThrow(/"daily"/);
    expect(parseBackupKeep(undefined)).toBe(7);
    expect(parseBackupKeep("30")).toBe(30);
    expect(() => parseBackupKeep("0")).toThrow(/at least 1/);
  });
});
