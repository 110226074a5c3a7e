import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { z } from "zod";
import { parseUserCsv, type CsvProblem } from "@/lib/accounts/user-csv";
import { MAX_CSV_BYTES } from "@/lib/accounts/created-user-link";
import { text } from "@/lib/schemas/text";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import type { CreatedUser } from "./create-user";
import { issuePasswordSetup } from "./internal/issue-password-setup";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";

export const csvUploadSchema = z.object({ csv: text().max(MAX_CSV_BYTES, { error: "The file is larger than 200 KB (about 1,000 people). Split it into smaller files." }) });

/** A CSV upload refused: every problem with its line; nothing was created. */
export class CsvUploadError extends ValidationError {
  constructor(readonly problems: CsvProblem[]) {
    super(problems.length === 1 ? "Fix this problem and upload the file again; nobody was created." : `Fix these ${problems.length} problems and upload the file again; nobody was created.`);
  }
}

/**
 * Admin-only: creates every person of a CSV (name, email, optional role), each with a one-time
 * password setup link, or nobody: a file with any problem (a bad row, an email twice, an email
 * that already has an account) is refused whole, with each problem's line. Created in one
 * transaction, so a parallel upload or sign-up that takes one of the emails first makes this
 * upload create nobody.
 */
export async function createUsersFromCsv(actor: Actor, text: string, now: Date): Promise<CreatedUser[]> {
  requireAdmin(actor);
  const { users, problems } = parseUserCsv(text);
  if (problems.length) throw new CsvUploadError(problems);
  const db = getDb();
  const taken = await db.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { email: true } });
  if (taken.length) {
    const emails = new Set(taken.map((t) => t.email));
    throw new CsvUploadError(users.filter((u) => emails.has(u.email)).map((u) => ({ line: u.line, message: `${u.email} already has an account.` })));
  }
  try {
    return await db.$transaction(
      async (tx) => {
        const created: CreatedUser[] = [];
        // With password sign-in off, people sign in through single sign-on: no setup links.
        const password = signInMethods().password;
        for (const u of users) {
          const user = await tx.user.create({
            data: { name: u.name, email: u.email, role: u.role, passwordHash: UNSET_PASSWORD_HASH, createdAt: now },
            select: { id: true, name: true, email: true, role: true },
          });
          if (!password) {
            created.push({ ...user, setupToken: null, expiresAt: null });
            continue;
          }
          const { token, expiresAt } = await issuePasswordSetup(tx, user.id, now);
          created.push({ ...user, setupToken: token, expiresAt });
        }
        return created;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("One of these emails got an account while the file was being read; nobody was created. Upload the file again to see which.");
    throw error;
  }
}
