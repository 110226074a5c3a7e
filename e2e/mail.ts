import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";

/** A mail the app sent, as the suite's SMTP server kept it (scripts/lib/mail-catcher.ts). */
export type CaughtMail = { to: string[]; from: string; subject: string; text: string };

const MAIL_DIR = path.join(process.cwd(), ".data", "e2e", "mail");

async function mailsTo(address: string): Promise<CaughtMail[]> {
  const files = (await readdir(MAIL_DIR).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort();
  const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(MAIL_DIR, f), "utf8")) as CaughtMail));
  return mails.filter((m) => m.to.includes(address));
}

/** Waits for the `count`-th mail to `address` (mail goes out after the page's answer) and returns it. */
export async function waitForMail(address: string, count = 1): Promise<CaughtMail> {
  await expect.poll(async () => (await mailsTo(address)).length, { timeout: 10_000, message: `a mail to ${address}` }).toBeGreaterThanOrEqual(count);
  return (await mailsTo(address))[count - 1]!;
}

/** How many mails went to `address` so far. */
export async function mailCount(address: string): Promise<number> {
  return (await mailsTo(address)).length;
}
