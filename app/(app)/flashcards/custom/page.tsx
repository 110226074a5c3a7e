import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-fields";
import { CustomSession } from "@/components/flashcards/custom-session";
import { pluralize } from "@/lib/format/display";
import { requireActor } from "@/lib/server/entry/require-actor";
import { CUSTOM_STUDY_LIMIT, customStudySchema, getCustomStudy } from "@/lib/server/data/flashcards/get-custom-study";
import { listDecks } from "@/lib/server/data/flashcards/list-decks";
import { listOwnDecks } from "@/lib/server/data/decks/list-own-decks";
import { revealAction } from "../actions";
import { customRateAction } from "./actions";
import { renderCustomStudyCards } from "@/lib/server/render/rendered-views";

export const metadata: Metadata = { title: "Custom study" };

const MODES = [
  { value: "forgotten", label: "Cards I forgot (rated Again) in the last N days" },
  { value: "ahead", label: "Review ahead: one deck's cards due in the next N days" },
  { value: "random", label: "One deck's cards in random order" },
] as const;

export default async function CustomStudyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireActor("/flashcards/custom");
  const params = await searchParams;
  const started = params.mode !== undefined;
  const now = new Date();
  // A new random order for each session started (the time of the request is the seed).
  const input = customStudySchema.parse({ ...params, seed: params.seed ?? String(now.getTime() % 2 ** 31) });
  const [topics, own, study] = await Promise.all([listDecks(actor), listOwnDecks(actor, now), started ? getCustomStudy(actor, input, now) : null]);
  const decks = [...topics.filter((t) => t.subscribed).map((t) => ({ value: `topic:${t.slug}`, label: t.title })), ...own.map((d) => ({ value: `deck:${d.id}`, label: d.name }))];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/flashcards">Flashcards</BackLink>
      <PageHeader
        title="Custom study"
        description="Extra study outside today's queue. As practice (the default) nothing you rate here moves your schedule; tick “Reschedule” to record the ratings as real reviews."
      />
      <Card>
        <form method="get" action="/flashcards/custom" className="space-y-4">
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">What to study</legend>
            <div className="mt-2 space-y-2">
              {MODES.map((m) => (
                <label key={m.value} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="mode" value={m.value} defaultChecked={input.mode === m.value} className="accent-brand-600" />
                  {m.label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor="custom-days" className="block text-xs font-medium text-slate-600">
                N days
              </label>
              <input id="custom-days" name="days" inputMode="numeric" defaultValue={input.days} className="mt-1 block w-24 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
            </div>
            <FilterSelect id="custom-deck" name="deck" label="Deck (review ahead, random order)" value={input.deck} options={decks} emptyLabel="All decks (forgotten cards only)" />
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="reschedule" defaultChecked={input.reschedule} className="accent-brand-600" />
            Reschedule: record my ratings as reviews
          </label>
          <button type="submit" className={buttonClasses("primary", "sm")}>
            Start custom study
          </button>
        </form>
      </Card>
      {study ? (
        study.cards.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
            {input.mode !== "forgotten" && !study.deckLabel ? "Choose a deck for this kind of session." : "No card fits: nothing to study this way right now."}
          </p>
        ) : (
          <section aria-label="Custom session" className="space-y-3">
            <p className="text-sm text-slate-700">
              {pluralize(study.total, "card")}
              {study.deckLabel ? ` in ${study.deckLabel}` : ""}
              {study.total > CUSTOM_STUDY_LIMIT ? `; the first ${CUSTOM_STUDY_LIMIT} are here` : ""}.
            </p>
            <CustomSession key={JSON.stringify(input)} cards={renderCustomStudyCards(study.cards)} reschedule={input.reschedule} reveal={revealAction} rate={customRateAction} />
          </section>
        )
      ) : null}
    </div>
  );
}
