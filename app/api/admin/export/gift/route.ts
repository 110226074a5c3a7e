import { z } from "zod";
import { exportGift } from "@/lib/server/data/import-export/export-gift";
import { defineRoute } from "@/lib/server/entry/define-route";
import { text } from "@/lib/schemas/text";

export const dynamic = "force-dynamic";

const VARIANTS = "variants must be a whole number from 1 to 20.";
const querySchema = z.object({
  variants: z.coerce.number({ error: VARIANTS }).int({ error: VARIANTS }).min(1, { error: VARIANTS }).max(20, { error: VARIANTS }).default(3),
  topic: text()
    .regex(/^[a-z0-9-]+$/, { error: "topic must be a topic slug, e.g. rope." })
    .optional(),
});

/**
 * Downloads the active templates as Moodle GIFT. `?variants=N` (1–20, default 3):
 * concrete variants per parameterised template; `?topic=slug`: one topic only. Admins only.
 */
export const GET = defineRoute(
  {
    name: "export-gift",
    auth: "admin",
    token: "admin",
    signIn: "Sign in as an administrator to export.",
    query: querySchema,
    audit: true,
    doc: { summary: "Export questions in Moodle's GIFT format", success: { type: "gift", description: "A .gift file; computed templates are exported as fixed variants (`variants` of each)." } },
  },
  async ({ actor, query, now }) => {
    const { text } = await exportGift(actor, query, now);
    return new Response(text, {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="quizformer-${query.topic ?? "all"}-${now.toISOString().slice(0, 10)}.gift"`,
        "cache-control": "no-store",
      },
    });
  },
);
