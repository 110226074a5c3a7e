// A local SMTP server that keeps every mail it is sent as a JSON file ({ to, from, subject, text }),
// for the end-to-end suite to read: the app under test really sends its mail over SMTP.
import { mkdir, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startMailCatcher(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // Larger mails are refused rather than written: the app sends a few KB.
    size: 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));
          const file = path.join(dir, `${Date.now()}-${++count}.json`);
          await writeFile(file, JSON.stringify({ to, from: mail.from?.text ?? "", subject: mail.subject ?? "", text: mail.text ?? "" }));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
