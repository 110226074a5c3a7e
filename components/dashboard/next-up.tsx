import Link from "next/link";
import type { Dashboard } from "@/lib/server/data/dashboard/get-dashboard";
import { buttonClasses } from "@/components/ui/button";
import { formatDateTimeIn } from "@/components/ui/format";
import { formatPercent, pluralize } from "@/lib/format/display";

const panel = "flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm";
const more = "mt-auto pt-4";

/** Today's flashcards: what's due with the button to start, or what to do when there is nothing. */
export function FlashcardsToday({ review }: { review: Dashboard["review"] }) {
  const waiting = review.due + review.learning;
  return (
    <section aria-labelledby="today-cards" className={panel}>
      <h2 id="today-cards" className="font-semibold text-slate-900">
        Flashcards today
      </h2>
      {review.decks === 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-600">You haven&apos;t added a deck yet. Each topic has one, and computed cards bring new numbers at every review.</p>
          <div className={more}>
            <Link href="/flashcards" className={buttonClasses("primary", "sm")}>
              Choose a deck
            </Link>
          </div>
        </>
      ) : waiting + review.newCards > 0 ? (
        <>
          {waiting > 0 ? (
            <>
              <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{pluralize(waiting, "card")} due</p>
              <p className="text-sm text-slate-600">{review.newCards > 0 ? `and ${pluralize(review.newCards, "new card")} to learn` : "No new cards left for today"}</p>
            </>
          ) : (
            <>
              <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{pluralize(review.newCards, "new card")}</p>
              <p className="text-sm text-slate-600">to learn today; nothing else is due</p>
            </>
          )}
          <div className={more}>
            <Link href="/flashcards" className={buttonClasses("primary", "sm")}>
              Study now
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">All caught up: nothing is due and today&apos;s new cards are done. The next ones come tomorrow.</p>
          <div className={more}>
            <Link href="/flashcards/stats" className="text-sm font-medium text-brand-700 hover:underline">
              See your flashcard stats →
            </Link>
          </div>
        </>
      )}
    </section>
  );
}

/** The attempt to go back to (the newest open one), or where to start a quiz. */
export function UnfinishedAttempt({ attempts, suggestion, timeZone }: { attempts: Dashboard["openAttempts"]; suggestion: { slug: string; title: string } | null; timeZone: string }) {
  const [attempt, ...others] = attempts;
  return (
    <section aria-labelledby="open-attempt" className={panel}>
      <h2 id="open-attempt" className="font-semibold text-slate-900">
        {attempt ? "Unfinished quiz" : "Quizzes"}
      </h2>
      {attempt ? (
        <>
          <p className="mt-1 font-medium text-slate-900">{attempt.title}</p>
          <p className="text-sm text-slate-600">
            {attempt.answered} of {pluralize(attempt.questionCount, "question")} answered
            {attempt.deadline ? ` · closes ${formatDateTimeIn(attempt.deadline, timeZone)}` : ""}
          </p>
          {others.length ? <p className="mt-1 text-xs text-slate-600">and {pluralize(others.length, "more unfinished quiz", "more unfinished quizzes")}</p> : null}
          <div className={more}>
            <Link href={`/attempts/${attempt.id}`} className={buttonClasses("primary", "sm")}>
              Resume
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">
            No quiz in progress.{" "}
            {suggestion ? `A topic quiz on ${suggestion.title} is a good next step.` : "Every topic page has a topic quiz with numbers drawn for you."}
          </p>
          <div className={more}>
            <Link href={suggestion ? `/topics/${suggestion.slug}` : "/quizzes"} className={buttonClasses("secondary", "sm")}>
              {suggestion ? `Open ${suggestion.title}` : "Open quizzes"}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}

/** The streak, and the topic that needs the most work. */
export function StreakAndFocus({ streak, weakest, firstUntouched }: { streak: Dashboard["streak"]; weakest: Dashboard["weakestTopic"]; firstUntouched: { slug: string; title: string } | null }) {
  const hint = streak.current === 0 ? "Study today to start one." : streak.studiedToday ? "You studied today." : "Study today to keep it going.";
  return (
    <section aria-labelledby="streak-focus" className={panel}>
      <h2 id="streak-focus" className="font-semibold text-slate-900">
        Streak
      </h2>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{pluralize(streak.current, "day")}</p>
      <p className="text-sm text-slate-600">
        {hint} Longest: {pluralize(streak.longest, "day")}.
      </p>
      <div className={more}>
        {weakest ? (
          <p className="text-sm text-slate-700">
            Weakest topic:{" "}
            <Link href={`/topics/${weakest.slug}`} className="font-medium text-brand-700 hover:underline">
              {weakest.title}
            </Link>{" "}
            ({formatPercent(weakest.ratio)} mastered)
          </p>
        ) : firstUntouched ? (
          <p className="text-sm text-slate-700">
            Start with{" "}
            <Link href={`/topics/${firstUntouched.slug}`} className="font-medium text-brand-700 hover:underline">
              {firstUntouched.title}
            </Link>
            .
          </p>
        ) : null}
      </div>
    </section>
  );
}
