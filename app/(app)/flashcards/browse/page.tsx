import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { FilterSearch, FilterSelect } from "@/components/ui/filter-fields";
import { formatDateTimeIn } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { CardTable } from "@/components/flashcards/browser/card-table";
import { Alert } from "@/components/ui/alert";
import { pluralize } from "@/lib/format/display";
import { requireActor } from "@/lib/server/entry/require-actor";
import { browseCards, browseCardsSchema, type BrowseQuery } from "@/lib/server/data/flashcards/browse-cards";
import { bulkUpdateCardsAction } from "./actions";

export const metadata: Metadata = { title: "Card browser" };

const STATE_OPTIONS = [
  { value: "new", label: "New" },
  { value: "learning", label: "Learning" },
  { value: "review", label: "Review" },
  { value: "suspended", label: "Suspended" },
  { value: "buried", label: "Buried" },
  { value: "leech", label: "Leeches" },
];
const DUE_OPTIONS = [
  { value: "overdue", label: "Overdue" },
  { value: "today", label: "Due today" },
  { value: "week", label: "Due within 7 days" },
  { value: "month", label: "Due within 30 days" },
];
const SORT_OPTIONS = [
  { value: "due", label: "Due date" },
  { value: "added", label: "Date added" },
  { value: "reviews", label: "Reviews" },
  { value: "lapses", label: "Lapses" },
  { value: "difficulty", label: "Difficulty" },
  { value: "stability", label: "Stability" },
];
const STATE_LABELS = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;

function href(q: BrowseQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, page: String(page) })) if (v && !(k === "state" && v === "all") && !(k === "due" && v === "any")) params.set(k, String(v));
  return `/flashcards/browse?${params}`;
}

export default async function CardBrowserPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, actor } = await requireActor("/flashcards/browse");
  const query = browseCardsSchema.parse(await searchParams);
  const now = new Date();
  const { rows, total, page, pageCount, decks } = await browseCards(actor, query, now);
  const ownDecks = decks.filter((d) => d.value.startsWith("deck:")).map((d) => ({ id: d.value.slice(5), name: d.label }));
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <PageHeader
        title="Card browser"
        description="Every card in the decks you study. Search, filter and sort; select cards to suspend, unsuspend, reset or move (your own decks' cards); open one for its review history and how likely you are to recall it now. Leeches are cards you lapsed on again and again (8 times by default): they are suspended so you can rethink them."
        actions={
          <Link href="/flashcards" className={buttonClasses("secondary", "sm")}>
            ← Back to flashcards
          </Link>
        }
      />
      <form method="get" action="/flashcards/browse" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label="Find cards">
        <FilterSearch id="browse-q" name="q" label="Text" value={query.q} placeholder="Words on the card" className="sm:col-span-2" />
        <FilterSelect id="browse-deck" name="deck" label="Deck" value={query.deck} options={decks} emptyLabel="All decks" />
        <FilterSelect id="browse-state" name="state" label="State" value={query.state === "all" ? "" : query.state} options={STATE_OPTIONS} emptyLabel="Any" />
        <FilterSearch id="browse-tag" name="tag" label="Tag" value={query.tag} placeholder="e.g. lora" />
        <FilterSelect id="browse-due" name="due" label="Due" value={query.due === "any" ? "" : query.due} options={DUE_OPTIONS} emptyLabel="Any time" />
        <FilterSelect id="browse-sort" name="sort" label="Sort by" value={query.sort} options={SORT_OPTIONS} />
        <FilterSelect
          id="browse-dir"
          name="dir"
          label="Order"
          value={query.dir}
          options={[
            { value: "asc", label: "Ascending" },
            { value: "desc", label: "Descending" },
          ]}
        />
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={buttonClasses("primary", "sm")}>
            Search
          </button>
          <Link href="/flashcards/browse" className={buttonClasses("ghost", "sm")}>
            Clear
          </Link>
        </div>
      </form>
      {query.state === "buried" ? (
        <Alert tone="info">
          Buried cards come back tomorrow. Most are siblings of a card you saw today (another deletion of the same cloze text, or the same computed question): one
          would give the other away. Burying siblings can be turned off in <Link href="/flashcards/settings" className="underline">Settings</Link>; B during a review buries
          a card by hand.
        </Alert>
      ) : null}
      <p className="text-sm text-slate-700" aria-live="polite">
        {pluralize(total, "card")}
        {total > rows.length ? ` · showing ${rows.length} on page ${page}` : ""}
      </p>
      {total === 0 && !query.q && !query.deck && query.state === "all" && !query.tag && query.due === "any" ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">You haven&apos;t added a deck yet.</p>
      ) : (
        <CardTable
          key={href(query, page)}
          rows={rows.map((r) => ({
            id: r.studentCardId,
            front: r.front,
            deck: r.deck.kind === "own" ? r.deck.name : r.deck.title,
            own: r.deck.kind === "own",
            state: STATE_LABELS[r.state],
            due: r.state === "new" ? "—" : formatDateTimeIn(r.due, user.timeZone),
            lapses: r.lapses,
            reps: r.reps,
            leech: r.leech,
            suspended: r.suspended,
            buried: r.buriedUntil ? formatDateTimeIn(r.buriedUntil, user.timeZone) : null,
          }))}
          emptyText="No card matches these filters."
          ownDecks={ownDecks}
          bulk={bulkUpdateCardsAction}
        />
      )}
      <Pager page={page} pageCount={pageCount} href={(p) => href(query, p)} />
    </div>
  );
}
