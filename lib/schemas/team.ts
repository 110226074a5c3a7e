import { z } from "zod";
import { text } from "@/lib/schemas/text";

export const teamRoleSchema = z.enum(["LEAD", "MEMBER"], { error: "Choose Lead or Member." });

export const teamNameSchema = text({ error: "Name the team." })
  .trim()
  .min(2, { error: "Use at least 2 characters." })
  .max(80, { error: "Use at most 80 characters." });

export const createTeamSchema = z.object({ name: teamNameSchema });

export const createInviteSchema = z.object({
  teamId: text().min(1),
  role: teamRoleSchema.default("MEMBER"),
  expiresInDays: z.coerce
    .number({ error: "Choose how long the link stays valid." })
    .int()
    .min(1, { error: "At least 1 day." })
    .max(30, { error: "At most 30 days." }),
});

export const memberActionSchema = z.object({
  teamId: text().min(1),
  userId: text().min(1),
});

export const setMemberRoleSchema = memberActionSchema.extend({ role: teamRoleSchema });

/** Invite tokens are 32 random bytes, base64url: 43 characters. */
export const inviteTokenSchema = text().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This invite link is malformed." });
