import { z } from "zod";
import { MAX_APKG_BYTES } from "@/lib/anki/upload-limit";
import { importApkg, importApkgSchema } from "@/lib/server/data/decks/import-apkg";
import { defineRoute } from "@/lib/server/entry/define-route";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  into: importApkgSchema.shape.into,
  name: z.preprocess((v) => (v === "" ? undefined : v), importApkgSchema.shape.name),
});

/**
 * Imports an Anki package (.apkg, sent as the raw body, `Content-Type: application/octet-stream`, at
 * most 50 MB) into one of your decks (`into=<deck id>`) or a new one (`into=new`, `name` optional).
 * Answers `{ deckId, deckName, notes, cards, reviews, skipped, … }`, or `{ error }` with 400 for a
 * file that can't be read, 404 for a deck that isn't yours, 413 over the limit.
 */
export const POST = defineRoute(
  {
    name: "import-apkg",
    doc: {
      summary: "Import an Anki package into your decks",
      description: "The body is the .apkg file itself. All or nothing: a package that can't be read writes nothing (400 with the reason).",
      success: { type: "json", description: "The import's report: the deck written to, notes and cards added, and the notes skipped with why." },
    },
    token: "reviews",
    auth: "user",
    signIn: "Sign in to import a deck.",
    query: querySchema,
    body: { bytes: { contentType: "application/octet-stream", maxBytes: MAX_APKG_BYTES, subject: "The package" } },
    audit: true,
  },
  async ({ actor, query, body, now }) => {
    if (!body.length) return Response.json({ error: "Choose an .apkg file to import." }, { status: 400 });
    return Response.json(await importApkg(actor, { into: query.into, name: query.name, bytes: body }, now));
  },
);
