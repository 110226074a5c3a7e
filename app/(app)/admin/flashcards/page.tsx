import type { Metadata } from "next";
import Link from "next/link";
import { Pager, pagedHref } from "@/components/ui/pager";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { InlineMarkdown } from "@/components/ui/markdown";
import { CARD_KIND_LABELS, CardFilters } from "@/components/card-editor/card-filters";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listCardNotes } from "@/lib/server/data/card-notes/list-card-notes";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { text } from "@/lib/schemas/text";

export const metadata: Metadata = { title: "Flashcards" };

const empty = (v: unknown) => (v === "" ? undefined : v);

/** The list's filters from the query string; bad values are dropped, not errors. */
const filterSchema = z.object({
  topic: z.preprocess(empty, text().max(80).optional()).catch(undefined),
  kind: z.preprocess(empty, z.enum(["BASIC", "CLOZE", "COMPUTED"]).optional()).catch(undefined),
  q: z.preprocess(empty, text().trim().max(100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  deleted: text().max(120).optional().catch(undefined),
});

const KIND_TONES = { BASIC: "slate", CLOZE: "brand", COMPUTED: "amber" } as const;

export default async function CardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireActor("/admin/flashcards", { admin: true });
  const { page, deleted, ...filter } = filterSchema.parse(await searchParams);
  const [{ rows, total, pageCount }, topics] = await Promise.all([listCardNotes(actor, filter, page), listTopics()]);
  const query = (p: number) => pagedHref("/admin/flashcards", filter, p);
  const filtered = Object.values(filter).some(Boolean);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Flashcards"
        description="The cards of every topic deck. New cards reach the students who have the deck at once; edits keep their progress."
        actions={
          <>
            <Link className={buttonClasses("secondary", "sm")} href="/admin/flashcards/generate">
              Generate from templates
            </Link>
            <Link className={buttonClasses("primary", "sm")} href="/admin/flashcards/new">
              New card
            </Link>
          </>
        }
      />
      {deleted ? (
        <Alert tone="success">
          Deleted <code>{deleted}</code>.
        </Alert>
      ) : null}
      <CardFilters filter={filter} topics={topics.map((t) => ({ slug: t.slug, title: t.title }))} />
      <p className="text-sm text-slate-600" aria-live="polite">
        {total} card note{total === 1 ? "" : "s"}
        {filtered ? " match" : ""}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">No cards match these filters.</p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {rows.map((n) => (
            <li key={n.key}>
              <Link href={`/admin/flashcards/${n.key}/edit`} className="flex flex-col gap-2 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                <span className="min-w-0 flex-1">
                  <span className="line-clamp-2 text-sm text-slate-900">
                    <InlineMarkdown>{n.summary}</InlineMarkdown>
                  </span>
                  <span className="mt-1 block text-xs text-slate-500">
                    <code className="break-all">{n.key}</code> · {n.topic.title}
                    {n.tags.length ? ` · ${n.tags.join(", ")}` : ""}
                  </span>
                </span>
                <span className="flex shrink-0 flex-wrap items-center gap-1.5 sm:flex-col sm:items-end">
                  <span className="flex gap-1.5">
                    <Badge tone={KIND_TONES[n.kind]}>{CARD_KIND_LABELS[n.kind]}</Badge>
                    {n.builtIn ? <Badge>Built-in</Badge> : null}
                  </span>
                  <span className="text-xs whitespace-nowrap text-slate-600 tabular-nums">
                    {n.cards} card{n.cards === 1 ? "" : "s"} · {n.students} studying
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={pageCount} href={query} />
    </div>
  );
}
