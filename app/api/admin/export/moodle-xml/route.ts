import { z } from "zod";
import { exportMoodleXml } from "@/lib/server/data/import-export/export-moodle-xml";
import { defineRoute } from "@/lib/server/entry/define-route";
import { text } from "@/lib/schemas/text";

export const dynamic = "force-dynamic";

const ITEMS = "items must be a whole number from 1 to 100.";
const querySchema = z.object({
  items: z.coerce.number({ error: ITEMS }).int({ error: ITEMS }).min(1, { error: ITEMS }).max(100, { error: ITEMS }).default(10),
  topic: text()
    .regex(/^[a-z0-9-]+$/, { error: "topic must be a topic slug, e.g. rope." })
    .optional(),
});

/**
 * Downloads the active templates as Moodle XML. `?items=N` (1–100, default 10): dataset items per
 * calculated question (and fixed variants per template drawing model presets); `?topic=slug`: one
 * topic only. Admins only.
 */
export const GET = defineRoute(
  {
    name: "export-moodle-xml",
    auth: "admin",
    token: "admin",
    signIn: "Sign in as an administrator to export.",
    query: querySchema,
    audit: true,
    doc: {
      summary: "Export questions as Moodle XML",
      success: { type: "xml", description: "A Moodle XML file; numeric templates are calculated questions whose datasets hold `items` draws, paired by item number." },
    },
  },
  async ({ actor, query, now }) => {
    const { text } = await exportMoodleXml(actor, query, now);
    return new Response(text, {
      headers: {
        "content-type": "application/xml; charset=utf-8",
        "content-disposition": `attachment; filename="quizformer-${query.topic ?? "all"}-${now.toISOString().slice(0, 10)}.xml"`,
        "cache-control": "no-store",
      },
    });
  },
);
