import { z } from "zod";
import { text } from "@/lib/schemas/text";

const empty = (v: unknown) => (v === "" ? undefined : v);

/** The template list's filters, from the URL's query string. Bad values are dropped, not errors. */
export const templateFilterSchema = z.object({
  topic: z.preprocess(empty, text().max(80).optional()).catch(undefined),
  kind: z.preprocess(empty, z.enum(["NUMERIC", "MULTIPLE_CHOICE", "TRUE_FALSE", "ORDERING", "SHORT_TEXT"]).optional()).catch(undefined),
  difficulty: z.preprocess(empty, z.enum(["EASY", "MEDIUM", "HARD"]).optional()).catch(undefined),
  status: z.preprocess(empty, z.enum(["ACTIVE", "ARCHIVED"]).optional()).catch(undefined),
  tag: z.preprocess(empty, text().max(40).optional()).catch(undefined),
  q: z.preprocess(empty, text().trim().max(100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
