import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { newInviteToken } from "@/lib/server/auth/invite-token";
import { makeTeam, makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "./actor";
import { acceptInvite } from "./accept-invite";
import { createInvite } from "./create-invite";
import { getInvitePreview } from "./get-invite-preview";
import { getTeam } from "./get-team";
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
    await expect(acceptInvite(joiner, newInviteToken(), now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
