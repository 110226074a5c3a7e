import { z } from "zod";

/**
 * Why a string can't be stored as given, or null when it can. PostgreSQL's text type refuses
 * the NUL character, its JSON types refuse a lone UTF-16 surrogate, and a text column would
 * silently store U+FFFD in its place: every text input is checked before it gets that far.
 */
export function unstorableTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "This text contains a NUL character (U+0000), which can't be stored. Remove it and try again.";
  if (!value.isWellFormed()) return "This text contains a broken Unicode character (a lone surrogate), which can't be stored. Retype it and try again.";
  return null;
}

/**
 * The string schema for every input: a plain `z.string()` that refuses text the database
 * can't store, with a message that says what is wrong. Chain `.trim()`, `.min()` … as usual.
 */
export function text(params?: Parameters<typeof z.string>[0]): z.ZodString {
  return z.string(params).superRefine((value, ctx) => {
    const reason = unstorableTextReason(value);
    if (reason) ctx.addIssue({ code: "custom", message: reason });
  });
}

/**
 * A link shown to students (a source, a paper): http or https only, so a `javascript:` or
 * `data:` URL can never become a clickable link.
 */
export function webUrl(): z.ZodType<string> {
  return text().pipe(z.url({ protocol: /^https?$/, error: "Use a web address that starts with http:// or https://." }));
}
