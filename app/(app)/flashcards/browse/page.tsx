import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { buttonClasses } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { InlineMarkdown } from "@/components/ui/markdown";
import { CardFlagButtons } from "@/components/flashcards/card-flag-buttons";
import { formatDateTimeIn } from "@/components/ui/format";
import { requireActor } from "@/lib/server/entry/require-actor";
import { CARD_FILTERS, listOwnCards, listOwnCardsSchema } from "@/lib/server/data/flashcards/list-own-cards";
import { setCardFlagsAction } from "./actions";

export const metadata: Metadata = { title: "Your cards" };

const FILTER_LABELS: Record<(typeof CARD_FILTERS)[number], string> = { all: "All", leeches: "Leeches", suspended: "Suspended", buried: "Buried" };
const STATE_LABELS = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;

export default async function ReviewCardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, actor } = await requireActor("/flashcards/browse");
  const query = listOwnCardsSchema.parse(await searchParams);
  const now = new Date();
  const { rows, counts, page, pageCount, total } = await listOwnCards(actor, query, now);
  const href = (filter: string, p = 1) => `/flashcards/browse?${new URLSearchParams({ filter, page: String(p) })}`;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader
        title="Your cards"
        description="Leeches are cards you lapsed on again and again (8 times by default): they are suspended so you can rethink them. Reset one to study it afresh. Suspended cards never come up; buried ones come back tomorrow."
        actions={
          <Link href="/flashcards" className={buttonClasses("secondary", "sm")}>
            ← Back to flashcards
          </Link>
        }
      />
      <nav aria-label="Filter cards" className="flex flex-wrap gap-2">
        {CARD_FILTERS.map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={query.filter === f ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${query.filter === f ? "border-brand-600 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {FILTER_LABELS[f]} <span className="text-slate-600">({counts[f]})</span>
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          {query.filter === "all" ? "You haven't added a deck yet." : `No ${FILTER_LABELS[query.filter].toLowerCase()} cards.`}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white" aria-label={`${total} cards`}>
          {rows.map((r) => (
            <li key={r.studentCardId} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0 space-y-1">
                <div className="line-clamp-2 text-sm text-slate-900">
                  <InlineMarkdown>{r.front}</InlineMarkdown>
                </div>
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                  <span>{r.topicTitle}</span>
                  <span>· {STATE_LABELS[r.state]}</span>
                  {r.state !== "new" ? <span>· due {formatDateTimeIn(r.due, user.timeZone)}</span> : null}
                  <span>
                    · {r.lapses} lapse{r.lapses === 1 ? "" : "s"}
                  </span>
                  {r.leech ? <Badge tone="red">Leech</Badge> : null}
                  {r.suspended ? <Badge tone="amber">Suspended</Badge> : null}
                  {r.buriedUntil ? <Badge>Buried until {formatDateTimeIn(r.buriedUntil, user.timeZone)}</Badge> : null}
                </p>
              </div>
              <CardFlagButtons studentCardId={r.studentCardId} leech={r.leech} suspended={r.suspended} buried={Boolean(r.buriedUntil)} action={setCardFlagsAction} />
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={pageCount} href={(p) => href(query.filter, p)} />
    </div>
  );
}
