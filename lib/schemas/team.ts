import { z } from "zod";
import { text } from "@/lib/schemas/text";

export const teamRoleSchema = z.enum(["LEAD", "MEMBER"], { error: "Choose Lead or Member." });

export const teamNameSchema = text({ error: "Name the team." })
  .trim()
  .min(2, { error: "Use at least 2 characters." })
  .max(80, { error: "Use at most 80 characters." });

/** Invite tokens are 32 random bytes, base64url: 43 characters. */
export const inviteTokenSchema = text().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This invite link is malformed." });
