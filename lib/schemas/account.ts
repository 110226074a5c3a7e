import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "@/lib/time/day-bounds";
import { text } from "@/lib/schemas/text";

export const emailSchema = text({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address." })
  .max(254, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address, like ada@example.com." }));

export const newPasswordSchema = text({ error: "Choose a password." })
  .min(10, { error: "Use at least 10 characters." })
  .max(200, { error: "Use at most 200 characters." })
  .refine((password) => !isCommonPassword(password), {
    error: "This password is one of the most common ones, so it is guessed first. Choose another, such as a few unrelated words.",
  });

export const nameSchema = text({ error: "Enter your name." })
  .trim()
  .min(1, { error: "Enter your name." })
  .max(100, { error: "Use at most 100 characters." });

export const signUpSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: text(),
    // Sent by the browser (its own zone) so days start at the right midnight from the first review;
    // anything unknown falls back to UTC rather than blocking sign-up.
    timeZone: text()
      .max(64)
      .optional()
      .transform((zone) => (zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE)),
  })
  .refine((v) => v.password === v.confirmPassword, {
    error: "The two passwords don't match.",
    path: ["confirmPassword"],
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: text().min(1, { error: "Enter your password." }).max(200),
});

export const changePasswordSchema = z
  .object({
    currentPassword: text().min(1, { error: "Enter your current password." }),
    newPassword: newPasswordSchema,
    confirmPassword: text(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: "The two passwords don't match.",
    path: ["confirmPassword"],
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    error: "Choose a password different from the current one.",
    path: ["newPassword"],
  });

