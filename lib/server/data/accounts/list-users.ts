import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export const listUsersQuerySchema = z.object({
  q: text().trim().max(200).optional().default(""),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  active: boolean;
  createdAt: Date;
  lastSeenAt: Date | null;
  teamCount: number;
  /** Created by an administrator and still waiting for its owner to choose a password: until when the link works. */
  passwordLinkExpiresAt: Date | null;
  /** A password reset link was issued and not used yet: until when it works. */
  resetLinkExpiresAt: Date | null;
  hasPassword: boolean;
  /** Linked to a single sign-on identity. */
  sso: boolean;
};

export const USERS_PAGE_SIZE = 25;

/** Admin-only list of accounts, newest first, filtered by a name/email search. */
export async function listUsers(actor: Actor, query: z.output<typeof listUsersQuerySchema>): Promise<{ rows: UserRow[]; total: number; pageCount: number }> {
  requireAdmin(actor);
  const db = getDb();
  const where = query.q
    ? { OR: [{ email: { contains: query.q, mode: "insensitive" as const } }, { name: { contains: query.q, mode: "insensitive" as const } }] }
    : {};
  const [total, users] = await db.$transaction([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        deactivatedAt: true,
        createdAt: true,
        lastSeenAt: true,
        passwordSetup: { select: { expiresAt: true, purpose: true } },
        passwordHash: true,
        _count: { select: { memberships: true, ssoIdentities: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)),
    rows: users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      active: u.deactivatedAt === null,
      createdAt: u.createdAt,
      lastSeenAt: u.lastSeenAt,
      teamCount: u._count.memberships,
      passwordLinkExpiresAt: u.passwordSetup?.purpose === "SETUP" ? u.passwordSetup.expiresAt : null,
      resetLinkExpiresAt: u.passwordSetup?.purpose === "RESET" ? u.passwordSetup.expiresAt : null,
      hasPassword: u.passwordHash !== UNSET_PASSWORD_HASH,
      sso: u._count.ssoIdentities > 0,
    })),
  };
}
