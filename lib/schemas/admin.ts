import { z } from "zod";
import { text } from "@/lib/schemas/text";

export const userRoleSchema = z.enum(["ADMIN", "STUDENT"], { error: "Choose Admin or Student." });

export const setUserRoleSchema = z.object({
  userId: text().min(1),
  role: userRoleSchema,
});

export const setUserActiveSchema = z.object({
  userId: text().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const instanceSettingsSchema = z.object({
  signupEnabled: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.undefined()])
    .transform((v) => v === "on" || v === "true"),
});

export const listUsersQuerySchema = z.object({
  q: text().trim().max(200).optional().default(""),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});
