import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, GoneError, NotFoundError } from "@/lib/server/errors";
import { newLinkToken } from "@/lib/server/auth/link-token";
import { makeTeam, makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { acceptInvite } from "./accept-invite";
import { createInvite } from "./create-invite";
import { getInvitePreview } from "./get-invite-preview";
import { getTeam } from "./get-team";
import { removeMember } from "./remove-member";
import { revokeInvite } from "./revoke-invite";

const now = new Date("2026-03-01T10:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
let lead: Actor;
let team: { id: string };

beforeEach(async () => {
  await resetDatabase();
  lead = await makeUser("STUDENT", "Lead");
  team = await makeTeam(lead, [], "Readers");
});

describe("team invites", () => {
  it("are stored only as a hash and join the user with the invite's role", async () => {
    const { token, expiresAt } = await createInvite(lead, { teamId: team.id, role: "LEAD", expiresInDays: 7 }, now);
    expect(expiresAt.getTime()).toBe(now.getTime() + 7 * DAY);
    const stored = await getDb().invite.findFirstOrThrow({ where: { teamId: team.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const joiner = await makeUser();
    expect(await getInvitePreview(joiner, token, now)).toMatchObject({ teamName: "Readers", role: "LEAD", alreadyMember: false });
    expect(await acceptInvite(joiner, token, now)).toEqual({ teamId: team.id, alreadyMember: false });
    const detail = await getTeam(joiner, team.id, now);
    expect(detail.myRole).toBe("LEAD");
  });

  it("can be used by several people, and twice by one without harm", async () => {
    const { token } = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 1 }, now);
    const a = await makeUser();
    const b = await makeUser();
    await acceptInvite(a, token, now);
    expect(await acceptInvite(a, token, now)).toEqual({ teamId: team.id, alreadyMember: true });
    await acceptInvite(b, token, now);
    expect((await getDb().invite.findFirstOrThrow({ where: { teamId: team.id } })).uses).toBe(2);
    expect(await getDb().membership.count({ where: { teamId: team.id } })).toBe(3);
  });

  it("expire: an expired link says when it expired and adds nobody", async () => {
    const { token } = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 1 }, now);
    const late = await makeUser();
    const afterExpiry = new Date(now.getTime() + DAY + 1);
    const error = await acceptInvite(late, token, afterExpiry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoneError);
    expect((error as GoneError).message).toBe(
      "This invite to Readers expired on 2 March 2026 at 10:00 UTC. Ask a team lead for a new link.",
    );
    // Named in the reader's own zone, as the pages name times.
    const berlin = await makeUser();
    await getDb().user.update({ where: { id: berlin.id }, data: { timeZone: "Europe/Berlin" } });
    await expect(getInvitePreview(berlin, token, afterExpiry)).rejects.toThrow("This invite to Readers expired on 2 March 2026 at 11:00 CET.");
    // Exactly at the expiry instant it is already invalid.
    await expect(acceptInvite(late, token, new Date(now.getTime() + DAY))).rejects.toBeInstanceOf(GoneError);
    expect(await getDb().membership.count({ where: { userId: late.id } })).toBe(0);
  });

  it("stop working once revoked, and unknown tokens are not found", async () => {
    const { token } = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, now);
    const invite = await getDb().invite.findFirstOrThrow({ where: { teamId: team.id } });
    await revokeInvite(lead, { teamId: team.id, inviteId: invite.id }, now);
    const joiner = await makeUser();
    await expect(acceptInvite(joiner, token, now)).rejects.toThrow(/was revoked/);
    await expect(acceptInvite(joiner, newLinkToken(), now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("removal", () => {
  const HOUR = 60 * 60 * 1000;
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
  const isMember = async (userId: string) => (await getDb().membership.count({ where: { teamId: team.id, userId } })) === 1;

  it("sticks: the old link no longer lets a removed member in, a link created after the removal does", async () => {
    const old = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, now);
    const removed = await makeUser();
    await acceptInvite(removed, old.token, at(1));
    await removeMember(lead, { teamId: team.id, userId: removed.id }, at(2));

    const error = await acceptInvite(removed, old.token, at(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).message).toBe(
      "You were removed from Readers on 1 March 2026 at 12:00 UTC. Ask a team lead for a new invite link.",
    );
    await expect(getInvitePreview(removed, old.token, at(3))).rejects.toThrow(/You were removed from Readers/);
    expect(await isMember(removed.id)).toBe(false);

    // The old link still works for everyone else.
    const newcomer = await makeUser();
    expect(await acceptInvite(newcomer, old.token, at(3))).toEqual({ teamId: team.id, alreadyMember: false });

    // The lead lets them back in with a new link.
    const fresh = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, at(4));
    expect(await getInvitePreview(removed, fresh.token, at(5))).toMatchObject({ teamName: "Readers", alreadyMember: false });
    expect(await acceptInvite(removed, fresh.token, at(5))).toEqual({ teamId: team.id, alreadyMember: false });
    expect(await isMember(removed.id)).toBe(true);
  });

  it("a link created at the very instant of the removal counts as older", async () => {
    const removed = await makeUser();
    await acceptInvite(removed, (await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, now)).token, now);
    const sameInstant = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, at(1));
    await removeMember(lead, { teamId: team.id, userId: removed.id }, at(1));
    await expect(acceptInvite(removed, sameInstant.token, at(2))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("leaving is not a removal: who left may come back with the same link", async () => {
    const { token } = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, now);
    const leaver = await makeUser();
    await acceptInvite(leaver, token, at(1));
    await removeMember(leaver, { teamId: team.id, userId: leaver.id }, at(2));
    expect(await acceptInvite(leaver, token, at(3))).toEqual({ teamId: team.id, alreadyMember: false });
  });

  it("racing the removed members re-opening the old link leaves every one of them out", async () => {
    const { token } = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, now);
    const members = await Promise.all(Array.from({ length: 10 }, () => makeUser()));
    for (const m of members) await acceptInvite(m, token, at(1));
    await Promise.allSettled(
      members.flatMap((m) => [
        acceptInvite(m, token, at(2)),
        removeMember(lead, { teamId: team.id, userId: m.id }, at(2)),
        acceptInvite(m, token, at(2)),
      ]),
    );
    expect(await getDb().membership.count({ where: { teamId: team.id, userId: { in: members.map((m) => m.id) } } })).toBe(0);
    // Every removal took effect and was recorded: the old link refuses each of them now.
    for (const m of members) await expect(acceptInvite(m, token, at(3))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("one person accepting the same link many times at once joins once and counts once", async () => {
    const { token } = await createInvite(lead, { teamId: team.id, role: "MEMBER", expiresInDays: 7 }, now);
    const joiner = await makeUser();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => acceptInvite(joiner, token, at(1))));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(results.filter((r) => r.status === "fulfilled" && !r.value.alreadyMember)).toHaveLength(1);
    expect((await getDb().invite.findFirstOrThrow({ where: { teamId: team.id } })).uses).toBe(1);
  });
});
