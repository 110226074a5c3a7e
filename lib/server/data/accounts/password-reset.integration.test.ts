import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, GoneError, NotFoundError } from "@/lib/server/errors";
import { makeUser, resetDatabase, TEST_PASSWORD } from "@/test/integration/db-helpers";
import { sendPasswordReset } from "@/lib/server/mail/send-password-reset";
import { authenticateUser } from "./authenticate-user";
import { getPasswordSetup } from "./get-password-setup";
import { getSessionUser } from "./get-session-user";
import { issuePasswordReset } from "./issue-password-reset";
import { setPasswordFromLink } from "./set-password-from-link";
import { createUser } from "./create-user";
import { changePassword } from "./change-password";

const now = new Date("2026-06-01T12:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const NEW_PASSWORD = "a fresh reset password";
const use = (token: string, at: Date, password = NEW_PASSWORD) => setPasswordFromLink({ token, password, confirmPassword: password }, at);

/** A real SMTP server on loopback that keeps every mail it accepts, parsed. */
let smtp: SMTPServer;
const inbox: ParsedMail[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.SMTP_FROM = "Quizformer <quiz@example.test>";
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

beforeEach(async () => {
  await resetDatabase();
  inbox.length = 0;
});

/** Signs in as the account and returns what its cookie would carry. */
async function signedIn(email: string, password = TEST_PASSWORD) {
  const user = await authenticateUser({ email, password, ip: null, now });
  if (!user) throw new Error("sign-in failed");
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId: user.sessionId };
}

function tokenIn(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/reset-password\/(\S+)/.exec(mail.text ?? "");
  if (!link) throw new Error(`no reset link in: ${mail.text}`);
  return link[1]!;
}

describe("reset links issued by an administrator", () => {
  it("replace the password once, within the hour, and end every session of the account", async () => {
    const admin = await makeUser("ADMIN");
    const student = await makeUser();
    const [laptop, phone] = [await signedIn(student.email), await signedIn(student.email)];

    const { token, expiresAt } = await issuePasswordReset(admin, student.id, now);
    expect(expiresAt).toEqual(minutes(60));
    expect(await getPasswordSetup(token, now)).toMatchObject({ email: student.email, purpose: "RESET" });
    // Only its hash is stored.
    expect(await getDb().passwordSetup.count({ where: { tokenHash: token } })).toBe(0);

    expect(await use(token, minutes(59))).toEqual({ email: student.email });
    for (const session of [laptop, phone]) expect(await getSessionUser(session, minutes(59))).toBeNull();
    expect(await getDb().session.count({ where: { userId: student.id, revokedAt: null } })).toBe(0);
    expect(await authenticateUser({ email: student.email, password: TEST_PASSWORD, ip: null, now: minutes(60) })).toBeNull();
    expect(await authenticateUser({ email: student.email, password: NEW_PASSWORD, ip: null, now: minutes(60) })).not.toBeNull();
    await expect(use(token, minutes(59), "yet another new password")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stop working after an hour, and when a newer link replaces them", async () => {
    const admin = await makeUser("ADMIN");
    const student = await makeUser();
    const first = await issuePasswordReset(admin, student.id, now);
    await expect(use(first.token, minutes(60))).rejects.toBeInstanceOf(GoneError);
    await expect(getPasswordSetup(first.token, minutes(61))).rejects.toBeInstanceOf(GoneError);
    const second = await issuePasswordReset(admin, student.id, minutes(61));
    await expect(use(first.token, minutes(62))).rejects.toBeInstanceOf(NotFoundError);
    await use(second.token, minutes(62));
    expect(await authenticateUser({ email: student.email, password: NEW_PASSWORD, ip: null, now: minutes(63) })).not.toBeNull();
  });

  it("stop working when the owner changes their password meanwhile", async () => {
    const admin = await makeUser("ADMIN");
    const student = await makeUser();
    const { token } = await issuePasswordReset(admin, student.id, now);
    await changePassword(student, { currentPassword: TEST_PASSWORD, newPassword: "changed on the account page" }, now);
    await expect(use(token, minutes(1))).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateUser({ email: student.email, password: "changed on the account page", ip: null, now: minutes(2) })).not.toBeNull();
  });

  it("are for administrators only, for accounts that have a password and are active", async () => {
    const admin = await makeUser("ADMIN");
    const student = await makeUser();
    await expect(issuePasswordReset(student, admin.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    const waiting = await createUser(admin, { name: "Nia New", email: "nia@example.test", role: "STUDENT" }, now);
    await expect(issuePasswordReset(admin, waiting.id, now)).rejects.toThrow(/hasn't chosen a password yet/);
    await getDb().user.update({ where: { id: student.id }, data: { deactivatedAt: now } });
    await expect(issuePasswordReset(admin, student.id, now)).rejects.toBeInstanceOf(ConflictError);
    expect(await getDb().passwordSetup.count({ where: { purpose: "RESET" } })).toBe(0);
  });

  it("set the password once when the link is used from 6 tabs at once", async () => {
    const admin = await makeUser("ADMIN");
    const student = await makeUser();
    const { token } = await issuePasswordReset(admin, student.id, now);
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => use(token, minutes(1), `parallel new password ${i}`)));
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(NotFoundError);
    expect(await authenticateUser({ email: student.email, password: `parallel new password ${won[0]}`, ip: null, now: minutes(2) })).not.toBeNull();
    expect((await getDb().user.findUniqueOrThrow({ where: { id: student.id } })).sessionVersion).toBe(1);
  });
});

describe("reset links asked for by email (a real SMTP server on loopback)", () => {
  it("mail a working link to an account's own address, and nothing for an unknown or deactivated one", async () => {
    const student = await makeUser("STUDENT", "Ada Lovelace");
    const gone = await makeUser();
    await getDb().user.update({ where: { id: gone.id }, data: { deactivatedAt: now } });

    expect(await sendPasswordReset({ email: ` ${student.email.toUpperCase()} `, client: "203.0.113.9" }, now, "https://quiz.example.test")).toBe("sent");
    expect(await sendPasswordReset({ email: "nobody@example.test", client: "203.0.113.9" }, now, "https://quiz.example.test")).toBe("not-sent");
    expect(await sendPasswordReset({ email: gone.email, client: "203.0.113.9" }, now, "https://quiz.example.test")).toBe("not-sent");

    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail!.to).toMatchObject({ text: student.email });
    expect(mail!.from).toMatchObject({ text: '"Quizformer" <quiz@example.test>' });
    expect(mail!.subject).toBe("Reset your Quizformer password");
    expect(mail!.text).toMatch(/^Hello,\n/);
    expect(mail!.text).not.toContain("Ada");
    expect(mail!.text).toContain("https://quiz.example.test/reset-password/");
    expect(mail!.text).toContain("until 13:00 UTC");
    await use(tokenIn(mail!), minutes(5));
    expect(await authenticateUser({ email: student.email, password: NEW_PASSWORD, ip: null, now: minutes(6) })).not.toBeNull();
  });

  it("send at most 3 links for an address asked for 8 times at once, then one more after 20 minutes", async () => {
    const student = await makeUser();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => sendPasswordReset({ email: student.email, client: `198.51.100.${i}` }, now, "http://q.test")));
    expect(results.filter((r) => r === "sent")).toHaveLength(3);
    expect(inbox).toHaveLength(3);
    // Each link replaced the one before: only one works.
    expect(await getDb().passwordSetup.count({ where: { userId: student.id } })).toBe(1);
    expect(await sendPasswordReset({ email: student.email, client: "198.51.100.99" }, minutes(19), "http://q.test")).toBe("not-sent");
    expect(await sendPasswordReset({ email: student.email, client: "198.51.100.99" }, minutes(20), "http://q.test")).toBe("sent");
  });

  it("send at most 10 links asked for from one client, across addresses", async () => {
    const students = await Promise.all(Array.from({ length: 12 }, () => makeUser()));
    const results = await Promise.all(students.map((s) => sendPasswordReset({ email: s.email, client: "192.0.2.7" }, now, "http://q.test")));
    expect(results.filter((r) => r === "sent")).toHaveLength(10);
    expect(inbox).toHaveLength(10);
  });

  it("report nothing to whoever asked when the mail server refuses (the failure is logged)", async () => {
    const student = await makeUser();
    const saved = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    try {
      expect(await sendPasswordReset({ email: student.email, client: null }, now, "http://q.test")).toBe("not-sent");
    } finally {
      process.env.SMTP_URL = saved;
    }
  });
});
