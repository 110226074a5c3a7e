import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/*
 * Outgoing mail over SMTP, configured by SMTP_URL (smtp://user:pass@host:587, or smtps:// for TLS
 * from the start) and SMTP_FROM (the sender, e.g. "Quizformer <quiz@example.org>"). Without
 * SMTP_URL nothing is sent, and the features that need mail say so.
 */

export function mailConfigured(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

/** The sender: SMTP_FROM, or no-reply at the site's own host. */
export function mailSender(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const from = env.SMTP_FROM?.trim();
  if (from) return from;
  let host = "localhost";
  try {
    host = new URL(env.NEXTAUTH_URL ?? "http://localhost").hostname;
  } catch {
    // An unreadable NEXTAUTH_URL keeps "localhost".
  }
  return `Quizformer <no-reply@${host}>`;
}

let transport: { url: string; transporter: Transporter } | undefined;

export async function sendMail(mail: { to: string; subject: string; text: string }): Promise<void> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) throw new Error("SMTP_URL is not set: no mail can be sent.");
  // One pooled transport per process (and per URL, should it change).
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  await transport.transporter.sendMail({ from: mailSender(), ...mail });
}
