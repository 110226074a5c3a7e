import { z } from "zod";
import { text } from "@/lib/schemas/text";

export const responseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("numeric"), text: text().max(200) }),
  z.object({ kind: z.literal("choice"), choiceId: text().max(20) }),
  z.object({ kind: z.literal("choices"), choiceIds: z.array(text().max(20)).max(20) }),
  z.object({ kind: z.literal("matching"), matches: z.record(text().max(20), text().max(20)).refine((m) => Object.keys(m).length <= 20, { error: "Too many pairs." }) }),
  z.object({ kind: z.literal("ordering"), order: z.array(text().max(20)).max(20) }),
  z.object({ kind: z.literal("text"), text: text().max(500) }),
]);

