import { z } from "zod";
import { exportDeckApkg, exportDeckApkgSchema } from "@/lib/server/data/decks/export-deck-apkg";
import { defineRoute } from "@/lib/server/entry/define-route";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  deck: exportDeckApkgSchema.shape.deck,
  // A ticked checkbox sends "1"; an unticked one sends nothing.
  scheduling: z.literal("1", { error: "scheduling is 1 or absent." }).optional(),
});

/**
 * Downloads a deck as an Anki package (.apkg). Query: `deck` (topic:<slug> for any topic's deck,
 * deck:<id> for one of your own) and `scheduling=1` to include your scheduling and review history.
 */
export const GET = defineRoute(
  {
    name: "export-deck-apkg",
    auth: "user",
    token: "reviews",
    signIn: "Sign in to export a deck.",
    query: querySchema,
    doc: { summary: "Download a deck as an Anki package", success: { type: "apkg", description: "The .apkg file (with your scheduling and review history when `scheduling=1`)." } },
  },
  async ({ actor, query, now }) => {
  const { fileName, bytes } = await exportDeckApkg(actor, { deck: query.deck, scheduling: query.scheduling === "1" }, now);
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${fileName}"`,
      "content-length": String(bytes.length),
      "cache-control": "no-store",
    },
  });
});
