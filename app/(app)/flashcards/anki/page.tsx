import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { ApkgExportForm } from "@/components/decks/apkg-export-form";
import { ApkgImportForm } from "@/components/decks/apkg-import-form";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listDecks } from "@/lib/server/data/flashcards/list-decks";
import { listOwnDecks } from "@/lib/server/data/decks/list-own-decks";

export const metadata: Metadata = { title: "Anki packages" };

/** Anki packages in and out: a page of its own, so the review screen loads none of it. */
export default async function AnkiPackagesPage() {
  const { actor } = await requireActor("/flashcards/anki");
  const now = new Date();
  const [decks, own] = await Promise.all([listDecks(actor), listOwnDecks(actor, now)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/flashcards">Flashcards</BackLink>
      <PageHeader title="Anki packages" description="Bring your Anki decks here with their review history, or take any deck to Anki." />
      <Card>
        <section aria-labelledby="apkg-import-heading">
          <h2 id="apkg-import-heading" className="mb-2 text-lg font-semibold text-slate-900">
            Import from Anki
          </h2>
          <ApkgImportForm decks={own.map((d) => ({ id: d.id, name: d.name }))} />
        </section>
      </Card>
      <Card>
        <section aria-labelledby="apkg-export-heading">
          <h2 id="apkg-export-heading" className="mb-2 text-lg font-semibold text-slate-900">
            Export to Anki
          </h2>
          <ApkgExportForm decks={[...own.map((d) => ({ value: `deck:${d.id}`, label: d.name })), ...decks.map((d) => ({ value: `topic:${d.slug}`, label: `${d.title} (topic deck)` }))]} />
        </section>
      </Card>
    </div>
  );
}
