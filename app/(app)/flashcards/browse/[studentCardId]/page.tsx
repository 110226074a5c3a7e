import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { formatDateTimeIn } from "@/components/ui/format";
import { Markdown } from "@/components/ui/markdown";
import { CardFlagButtons } from "@/components/flashcards/card-flag-buttons";
import { formatInterval } from "@/lib/flashcards/format-interval";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getCardDetails } from "@/lib/server/data/flashcards/get-card-details";
import { setCardFlagsAction } from "../actions";

export const metadata: Metadata = { title: "Card" };

const STATE = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;
const RATING = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" } as const;

export default async function CardDetailsPage({ params }: { params: Promise<{ studentCardId: string }> }) {
  const { studentCardId } = await params;
  const { user, actor } = await requireActor(`/flashcards/browse/${studentCardId}`);
  const now = new Date();
  const card = await orPageError(getCardDetails(actor, studentCardId, now));
  const deckName = card.deck.kind === "own" ? card.deck.name : card.deck.title;
  const facts: [string, string][] = [
    ["Deck", deckName],
    ["State", STATE[card.state]],
    ["Due", card.state === "new" ? "When it comes up as a new card" : formatDateTimeIn(card.due, user.timeZone)],
    ["Recall now", card.retrievability === null ? "— (not reviewed yet)" : `${Math.round(card.retrievability * 1000) / 10} %`],
    ["Stability", card.state === "new" ? "—" : `${formatInterval(card.stability * 86_400_000)} (recall falls to 90 % after it)`],
    ["Difficulty", card.state === "new" ? "—" : `${card.difficulty.toFixed(1)} of 10`],
    ["Reviews", String(card.reps)],
    ["Lapses", String(card.lapses)],
    ["Added", formatDateTimeIn(card.addedAt, user.timeZone)],
  ];
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <BackLink href="/flashcards/browse">Card browser</BackLink>
      <PageHeader
        title="Card"
        description={`In ${deckName}${card.deck.kind === "own" ? " (your own deck)" : ""}.`}
        actions={
          card.ownNoteId && card.deck.kind === "own" ? (
            <Link href={`/flashcards/decks/${card.deck.id}/notes/${card.ownNoteId}`} className={buttonClasses("secondary", "sm")}>
              Edit card
            </Link>
          ) : null
        }
      />
      <Card>
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <p className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Front</p>
            {card.front.kind === "computed" ? (
              <p className="text-sm text-slate-800">
                {card.front.variant.title} <span className="text-slate-600">(computed: fresh numbers at every review)</span>
              </p>
            ) : (
              <Markdown className="text-sm text-slate-900">{card.front.markdown}</Markdown>
            )}
          </div>
          {card.back ? (
            <div>
              <p className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Back</p>
              <Markdown className="text-sm text-slate-900">{card.back.markdown}</Markdown>
            </div>
          ) : null}
        </div>
        <p className="mt-4 flex flex-wrap gap-2">
          {card.leech ? <Badge tone="red">Leech</Badge> : null}
          {card.suspended ? <Badge tone="amber">Suspended</Badge> : null}
          {card.buriedUntil ? <Badge>Buried until {formatDateTimeIn(card.buriedUntil, user.timeZone)}</Badge> : null}
        </p>
        <div className="mt-3">
          <CardFlagButtons studentCardId={card.studentCardId} leech={card.leech} suspended={card.suspended} buried={Boolean(card.buriedUntil)} action={setCardFlagsAction} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Memory</h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {facts.map(([k, v]) => (
            <div key={k} className="flex justify-between gap-3 border-b border-slate-100 py-1">
              <dt className="text-slate-600">{k}</dt>
              <dd className="text-right font-medium text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Review history</h2>
        {card.history.length === 0 ? (
          <p className="text-sm text-slate-600">Not reviewed yet.</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label="Review history (scrolls sideways)" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    When
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Rating
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Was
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    After
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Next interval
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {card.history.map((h, i) => (
                  <tr key={i}>
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDateTimeIn(h.reviewedAt, user.timeZone)}</td>
                    <td className="py-2 pr-3">{RATING[h.rating]}</td>
                    <td className="py-2 pr-3">{STATE[h.stateBefore]}</td>
                    <td className="py-2 pr-3">{h.stateBefore === "new" ? "—" : `${Math.round(h.elapsedDays)} d`}</td>
                    <td className="py-2">{h.scheduledDays > 0 ? `${h.scheduledDays} d` : "learning step"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
