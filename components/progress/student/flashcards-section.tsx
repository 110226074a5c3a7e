import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StatTile } from "@/components/flashcards/stats/chart-figure";
import { ForecastFigure, forecastSummary } from "@/components/flashcards/stats/forecast-figure";
import type { StudentProgress } from "@/lib/server/data/progress/get-student-progress";
import { formatCount, formatShare, pluralize } from "@/lib/format/display";

/** True retention over 7 and 30 days, what is due today and the next 30 days' load. */
export function FlashcardsSection({ flashcards }: { flashcards: StudentProgress["flashcards"] }) {
  if (flashcards.cards === 0 && flashcards.reviews === 0) {
    return (
      <Card>
        <h2 className="text-lg font-semibold">Flashcards</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">You don&apos;t study any decks yet. Add a topic&apos;s deck to see your retention and what&apos;s due here.</p>
        <Link href="/flashcards" className={buttonClasses("primary")}>
          Add a deck
        </Link>
      </Card>
    );
  }
  const { retention, forecast, dueToday } = flashcards;
  return (
    <Card>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 className="text-lg font-semibold">Flashcards</h2>
        <Link href="/flashcards/stats" className="text-sm text-brand-700 hover:underline">
          All flashcard statistics →
        </Link>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {pluralize(flashcards.reviews, "review")} in all, over {pluralize(flashcards.cards, "card")} in your decks.
      </p>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        True retention: of each card&apos;s first review on a day while it was in review, the share you remembered (Again is a fail).
      </p>
      <dl className="mb-5 grid grid-cols-2 gap-3 sm:grid-cols-3">
        <StatTile label="Retention, last 7 days" value={formatShare(retention.last7.passed, retention.last7.total)} detail={`${retention.last7.passed} passed of ${pluralize(retention.last7.total, "review")}`} />
        <StatTile label="Retention, last 30 days" value={formatShare(retention.last30.passed, retention.last30.total)} detail={`${retention.last30.passed} passed of ${pluralize(retention.last30.total, "review")}`} />
        <StatTile
          label="Due today"
          value={formatCount(dueToday)}
          detail={
            dueToday > 0 ? (
              <Link href="/flashcards" className="font-medium text-brand-700 hover:underline">
                Review now
              </Link>
            ) : (
              "overdue included"
            )
          }
        />
      </dl>
      <h3 className="text-sm font-semibold text-slate-800">Due in the next 30 days</h3>
      <p className="mb-2 text-xs text-slate-500">{forecastSummary(forecast)}</p>
      <ForecastFigure forecast={forecast} height={180} />
    </Card>
  );
}
