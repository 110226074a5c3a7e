import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SsoRoles } from "@/lib/auth/sso-claims";
import { lockAdminRosterForSignIn } from "@/lib/server/data/internal/authz/lock-admin-roster";
import { log } from "@/lib/server/log";

/**
 * The identity provider's groups, applied at each single sign-on: the account's role when
 * admin groups are configured, and, when a team claim is, its memberships in the teams the
 * claim names (found by exact name among the teams administrators created; teams are never
 * created here). Only memberships the
 * provider placed (source SSO) are changed or removed; ones people made in Quizformer stay.
 * The invariants people's changes keep hold here too, under the same locks: an instance
 * keeps an active administrator and a team keeps a lead, so a change that would break one
 * is skipped and logged.
 */
export async function applySsoGroups(
  tx: Prisma.TransactionClient,
  user: { id: string; role: "ADMIN" | "STUDENT" },
  input: { roles: SsoRoles; teams: readonly string[] | null },
): Promise<void> {
  const { role } = input.roles;
  if (role && role !== user.role) {
    const roster = await lockAdminRosterForSignIn(tx, user.id);
    if (role === "STUDENT" && roster.otherActiveAdmins === 0) {
      log("warn", "sso_role_kept", { userId: user.id, reason: "the last active administrator" });
    } else {
      await tx.user.update({ where: { id: user.id }, data: { role } });
    }
  }
  if (input.teams) await applyTeams(tx, user.id, input.teams, input.roles.lead ? "LEAD" : "MEMBER");
}

async function applyTeams(tx: Prisma.TransactionClient, userId: string, names: readonly string[], teamRole: "LEAD" | "MEMBER"): Promise<void> {
  // Team names aren't unique, and any lead may create teams: a name means the oldest team an
  // administrator created with it, so nobody can catch the provider's members with a look-alike team.
  const named = names.length
    ? await tx.team.findMany({ where: { name: { in: [...names] }, createdBy: { role: "ADMIN" } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, name: true } })
    : [];
  const wanted = new Map<string, string>();
  for (const team of named) if (![...wanted.values()].includes(team.name)) wanted.set(team.id, team.name);
  const unknown = names.filter((n) => ![...wanted.values()].includes(n));
  if (unknown.length) log("info", "sso_teams_unknown", { userId, teams: unknown.slice(0, 20) });

  const placed = await tx.membership.findMany({ where: { userId, source: "SSO" }, select: { teamId: true } });
  const teamIds = [...new Set([...wanted.keys(), ...placed.map((m) => m.teamId)])].sort();
  if (!teamIds.length) return;
  // The lock every change to a team's members takes (lock-team.ts), in id order so sign-ins can't deadlock.
  await tx.$queryRaw`SELECT "id" FROM "Team" WHERE "id" = ANY(${teamIds}::text[]) ORDER BY "id" FOR UPDATE`;
  const current = new Map((await tx.membership.findMany({ where: { userId, teamId: { in: teamIds } }, select: { id: true, teamId: true, role: true, source: true } })).map((m) => [m.teamId, m]));
  const leads = async (teamId: string) => tx.membership.count({ where: { teamId, role: "LEAD" } });

  for (const teamId of teamIds) {
    const membership = current.get(teamId);
    if (wanted.has(teamId)) {
      if (!membership) {
        await tx.membership.create({ data: { teamId, userId, role: teamRole, source: "SSO" } });
        // The provider says they belong: an earlier removal no longer stands in their way.
        await tx.teamRemoval.deleteMany({ where: { teamId, userId } });
      } else if (membership.source === "SSO" && membership.role !== teamRole) {
        if (membership.role === "LEAD" && (await leads(teamId)) <= 1) log("warn", "sso_team_role_kept", { userId, teamId, reason: "the team's last lead" });
        else await tx.membership.update({ where: { id: membership.id }, data: { role: teamRole } });
      }
    } else if (membership?.source === "SSO") {
      if (membership.role === "LEAD" && (await leads(teamId)) <= 1) log("warn", "sso_team_membership_kept", { userId, teamId, reason: "the team's last lead" });
      else await tx.membership.delete({ where: { id: membership.id } });
    }
  }
}
