import { beforeEach, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { makeTeam, makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { createInvite } from "@/lib/server/data/teams/create-invite";
import { createTeam } from "@/lib/server/data/teams/create-team";
import { getAdminOverview } from "@/lib/server/data/instance/get-admin-overview";
import { getTeam } from "@/lib/server/data/teams/get-team";
import { listTeams } from "@/lib/server/data/teams/list-teams";
import { listUsers } from "@/lib/server/data/accounts/list-users";
import { removeMember } from "@/lib/server/data/teams/remove-member";
import { revokeInvite } from "@/lib/server/data/teams/revoke-invite";
import { setMemberRole } from "@/lib/server/data/teams/set-member-role";
import { setUserActive } from "@/lib/server/data/accounts/set-user-active";
import { setUserRole } from "@/lib/server/data/accounts/set-user-role";
import { updateInstanceSettings } from "@/lib/server/data/instance/update-instance-settings";
import { getDb } from "@/lib/server/db";

const now = new Date("2026-03-01T10:00:00Z");

// The cast: an admin, a lead of team A, a member of team A, and a student outside every team.
let admin: Actor;
let lead: Actor;
let member: Actor;
let outsider: Actor;
let teamA: { id: string };
let teamB: { id: string };

beforeEach(async () => {
  await resetDatabase();
  admin = await makeUser("ADMIN", "Admin");
  lead = await makeUser("STUDENT", "Lead");
  member = await makeUser("STUDENT", "Member");
  outsider = await makeUser("STUDENT", "Outsider");
  teamA = await makeTeam(lead, [member], "Team A");
  const leadB = await makeUser("STUDENT", "Lead B");
  teamB = await makeTeam(leadB, [], "Team B");
});

describe("admin-only operations", () => {
  it("refuse every non-admin, including team leads", async () => {
    for (const actor of [lead, member, outsider]) {
      await expect(listUsers(actor, { q: "", page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getAdminOverview(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setUserRole(actor, { userId: actor.id, role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setUserActive(actor, { userId: outsider.id, active: false })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateInstanceSettings(actor, { signupEnabled: false })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await getDb().user.findUniqueOrThrow({ where: { id: lead.id } })).role).toBe("STUDENT");
  });

  it("work for an admin", async () => {
    const page = await listUsers(admin, { q: "outsider", page: 1 });
    expect(page.rows.map((r) => r.id)).toEqual([outsider.id]);
    await setUserRole(admin, { userId: member.id, role: "ADMIN" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("ADMIN");
    expect((await getAdminOverview(admin)).admins).toBe(2);
  });

  it("never demote the last active admin nor deactivate yourself", async () => {
    await expect(setUserRole(admin, { userId: admin.id, role: "STUDENT" })).rejects.toBeInstanceOf(ConflictError);
    await expect(setUserActive(admin, { userId: admin.id, active: false })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("teams", () => {
  it("only admins and leads create teams; the creator becomes lead", async () => {
    await expect(createTeam(member, { name: "Nope" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createTeam(outsider, { name: "Nope" })).rejects.toBeInstanceOf(ForbiddenError);
    const t = await createTeam(lead, { name: "Second team" });
    const detail = await getTeam(lead, t.id, now);
    expect(detail.members).toEqual([expect.objectContaining({ userId: lead.id, role: "LEAD" })]);
    await expect(createTeam(admin, { name: "Admin team" })).resolves.toHaveProperty("id");
  });

  it("hide a team from outsiders and from other teams' leads", async () => {
    await expect(getTeam(outsider, teamA.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTeam(lead, teamB.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTeam(member, "no-such-team", now)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listTeams(outsider)).length).toBe(0);
    expect((await listTeams(lead)).map((t) => t.id)).toEqual([teamA.id]);
    expect((await listTeams(admin)).length).toBe(2);
  });

  it("show emails to leads and admins, names only to members", async () => {
    const asMember = await getTeam(member, teamA.id, now);
    expect(asMember.canManage).toBe(false);
    expect(asMember.members.every((m) => m.email === null)).toBe(true);
    expect(asMember.invites).toEqual([]);
    const asLead = await getTeam(lead, teamA.id, now);
    expect(asLead.canManage).toBe(true);
    expect(asLead.members.every((m) => m.email?.endsWith("@example.test"))).toBe(true);
    expect((await getTeam(admin, teamA.id, now)).canManage).toBe(true);
  });

  it("let only leads and admins invite, revoke, promote and remove", async () => {
    await expect(createInvite(member, { teamId: teamA.id, role: "MEMBER", expiresInDays: 7 }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createInvite(outsider, { teamId: teamA.id, role: "MEMBER", expiresInDays: 7 }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createInvite(lead, { teamId: teamB.id, role: "MEMBER", expiresInDays: 7 }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await createInvite(lead, { teamId: teamA.id, role: "MEMBER", expiresInDays: 7 }, now);
    const [invite] = (await getTeam(lead, teamA.id, now)).invites;
    await expect(revokeInvite(member, { teamId: teamA.id, inviteId: invite!.id }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setMemberRole(member, { teamId: teamA.id, userId: member.id, role: "LEAD" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(member, { teamId: teamA.id, userId: lead.id }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(outsider, { teamId: teamA.id, userId: member.id }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await revokeInvite(lead, { teamId: teamA.id, inviteId: invite!.id }, now);
    expect((await getTeam(lead, teamA.id, now)).invites).toEqual([]);
    await removeMember(lead, { teamId: teamA.id, userId: member.id }, now);
    await expect(getTeam(member, teamA.id, now)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("always keep a lead, and let members leave", async () => {
    await expect(removeMember(lead, { teamId: teamA.id, userId: lead.id }, now)).rejects.toBeInstanceOf(ConflictError);
    await expect(setMemberRole(lead, { teamId: teamA.id, userId: lead.id, role: "MEMBER" })).rejects.toBeInstanceOf(ConflictError);
    await setMemberRole(lead, { teamId: teamA.id, userId: member.id, role: "LEAD" });
    await removeMember(lead, { teamId: teamA.id, userId: lead.id }, now);
    const after = await getTeam(member, teamA.id, now);
    expect(after.members.map((m) => [m.userId, m.role])).toEqual([[member.id, "LEAD"]]);
  });
});

describe("the last admin and the last lead, under concurrency", () => {
  const activeAdmins = () => getDb().user.count({ where: { role: "ADMIN", deactivatedAt: null } });
  const leadsOf = (teamId: string) => getDb().membership.count({ where: { teamId, role: "LEAD" } });

  it("two admins demoting each other at once: one wins, the other is told why not", async () => {
    const other = await makeUser("ADMIN", "Other admin");
    const results = await Promise.allSettled([
      setUserRole(admin, { userId: other.id, role: "STUDENT" }),
      setUserRole(other, { userId: admin.id, role: "STUDENT" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    // The one who lost is no longer an admin by the time their request holds the lock.
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as ForbiddenError).message).toMatch(/no longer an administrator/);
    expect(await activeAdmins()).toBe(1);
  });

  it("with a third admin, two admins demoting each other at once: only the first demotion stands", async () => {
    const [b, c] = [await makeUser("ADMIN", "Admin B"), await makeUser("ADMIN", "Admin C")];
    const results = await Promise.allSettled([setUserRole(admin, { userId: b.id, role: "STUDENT" }), setUserRole(b, { userId: admin.id, role: "STUDENT" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(ForbiddenError);
    expect(await activeAdmins()).toBe(2);
    await setUserRole(c, { userId: c.id, role: "STUDENT" });
  });

  it("two admins deactivating each other at once leave one active admin", async () => {
    const other = await makeUser("ADMIN", "Other admin");
    const results = await Promise.allSettled([
      setUserActive(admin, { userId: other.id, active: false }),
      setUserActive(other, { userId: admin.id, active: false }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(ForbiddenError);
    expect(await activeAdmins()).toBe(1);
  });

  it("ten admins stepping down in parallel leave exactly one", async () => {
    // Each admin steps down at once (each acts on itself only, so none is refused for having lost the role).
    const admins = [admin, ...(await Promise.all(Array.from({ length: 9 }, (_, i) => makeUser("ADMIN", `Admin ${i}`))))];
    const results = await Promise.allSettled(admins.map((a) => setUserRole(a, { userId: a.id, role: "STUDENT" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(9);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });

  it("demoting a deactivated admin is allowed: it takes no active admin away", async () => {
    const other = await makeUser("ADMIN", "Other admin");
    await setUserActive(admin, { userId: other.id, active: false });
    await setUserRole(admin, { userId: other.id, role: "STUDENT" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("STUDENT");
    expect(await activeAdmins()).toBe(1);
  });

  // Ten teams with two leads each, raced at once: every team must keep exactly one lead.
  async function teamsWithTwoLeads(): Promise<{ id: string; a: Actor; b: Actor }[]> {
    return Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const a = await makeUser("STUDENT", `Lead A${i}`);
        const b = await makeUser("STUDENT", `Lead B${i}`);
        const team = await makeTeam(a, [], `Two leads ${i}`);
        await getDb().membership.create({ data: { teamId: team.id, userId: b.id, role: "LEAD" } });
        return { id: team.id, a, b };
      }),
    );
  }

  it("the last two leads leaving and stepping down at once: one stays lead, the other is told why not", async () => {
    const teams = await teamsWithTwoLeads();
    const results = await Promise.allSettled(
      teams.flatMap((t) => [
        removeMember(t.a, { teamId: t.id, userId: t.a.id }, now),
        setMemberRole(t.b, { teamId: t.id, userId: t.b.id, role: "MEMBER" }),
      ]),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(refusals.every((e) => e instanceof ConflictError && /at least one lead/.test(e.message))).toBe(true);
    expect(await Promise.all(teams.map((t) => leadsOf(t.id)))).toEqual(teams.map(() => 1));
  });

  it("two leads removing each other at once leave one lead", async () => {
    const teams = await teamsWithTwoLeads();
    const results = await Promise.allSettled(
      teams.flatMap((t) => [removeMember(t.a, { teamId: t.id, userId: t.b.id }, now), removeMember(t.b, { teamId: t.id, userId: t.a.id }, now)]),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(await Promise.all(teams.map((t) => leadsOf(t.id)))).toEqual(teams.map(() => 1));
  });

  it("ten leads leaving or stepping down in parallel leave exactly one", async () => {
    const leads = [lead, ...(await Promise.all(Array.from({ length: 9 }, (_, i) => makeUser("STUDENT", `Lead ${i}`))))];
    for (const l of leads.slice(1)) await getDb().membership.create({ data: { teamId: teamA.id, userId: l.id, role: "LEAD" } });
    const results = await Promise.allSettled(
      leads.map((l, i) =>
        i % 2 === 0
          ? removeMember(l, { teamId: teamA.id, userId: l.id }, now)
          : setMemberRole(l, { teamId: teamA.id, userId: l.id, role: "MEMBER" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(9);
    expect(await leadsOf(teamA.id)).toBe(1);
  });
});
