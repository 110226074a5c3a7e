import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/data/actor";

/** Empties every table except the migrations log and topics, so each file starts from a known state. */
export async function resetDatabase(): Promise<void> {
  await getDb().$executeRawUnsafe(
    'TRUNCATE "SignInThrottle", "Session", "Invite", "Membership", "Team", "InstanceSettings", "User" RESTART IDENTITY CASCADE',
  );
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct horse battery";

/**
 * Creates a user directly (fixture), returning it as an actor. An admin exists only on
 * an instance that was set up, so making one marks the instance set up too.
 */
export async function makeUser(role: "ADMIN" | "STUDENT" = "STUDENT", name = "Test User"): Promise<Actor & { email: string }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const user = await getDb().user.create({ data: { email, name, role, passwordHash: await cachedHash }, select: { id: true, role: true, email: true } });
  if (role === "ADMIN") await markSetUp();
  return user;
}

/** Marks the instance set up, as creating the first admin does. */
export async function markSetUp(): Promise<void> {
  await getDb().$executeRaw`
    INSERT INTO "InstanceSettings" ("id", "setupCompletedAt", "updatedAt") VALUES (1, now(), now())
    ON CONFLICT ("id") DO UPDATE SET "setupCompletedAt" = COALESCE("InstanceSettings"."setupCompletedAt", now())`;
}

/** A team with the given lead and members (fixture). */
export async function makeTeam(lead: Actor, members: Actor[] = [], name = "Team"): Promise<{ id: string }> {
  return getDb().team.create({
    data: {
      name,
      createdById: lead.id,
      memberships: { create: [{ userId: lead.id, role: "LEAD" as const }, ...members.map((m) => ({ userId: m.id, role: "MEMBER" as const }))] },
    },
    select: { id: true },
  });
}
