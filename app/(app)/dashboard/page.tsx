import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { TopicGrid } from "@/components/topics/topic-grid";
import { FlashcardsToday, StreakAndFocus, UnfinishedAttempt } from "@/components/dashboard/next-up";
import { NewQuizzes } from "@/components/dashboard/new-quizzes";
import { LeadAlerts } from "@/components/dashboard/lead-alerts";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { listTeams } from "@/lib/server/data/teams/list-teams";
import { getDashboard, type Dashboard } from "@/lib/server/data/dashboard/get-dashboard";
import { pluralize } from "@/lib/format/display";

export const metadata: Metadata = { title: "Dashboard" };

/** One line under the greeting: what today holds, or that it's done. */
function todayLine(d: Dashboard): string {
  const cards = d.review.due + d.review.learning + d.review.newCards;
  const parts = [
    cards > 0 ? pluralize(cards, "flashcard") + " to study" : null,
    d.openAttempts.length ? pluralize(d.openAttempts.length, "quiz", "quizzes") + " to finish" : null,
    d.newQuizzes.length ? pluralize(d.newQuizzes.length, "new quiz", "new quizzes") : null,
  ].filter(Boolean);
  if (parts.length) return `Today: ${parts.join(", ")}.`;
  if (d.review.decks === 0 && d.untouchedTopics.length && !d.weakestTopic) return "Start with a topic below: read it, try its lab, take a topic quiz and add its flashcard deck.";
  return "You're all caught up for today.";
}

export default async function DashboardPage() {
  const { user, actor } = await requireActor("/dashboard");
  const now = new Date();
  const [topics, teams, dashboard] = await Promise.all([listTopics(), listTeams(actor), getDashboard(actor, now)]);
  const firstName = user.name.split(" ")[0];
  const firstUntouched = dashboard.untouchedTopics[0] ?? null;
  return (
    <div className="space-y-10">
      <PageHeader title={`Hello, ${firstName}`} description={todayLine(dashboard)} />

      <div className="grid gap-4 md:grid-cols-3">
        <FlashcardsToday review={dashboard.review} />
        <UnfinishedAttempt attempts={dashboard.openAttempts} suggestion={dashboard.weakestTopic ?? firstUntouched} timeZone={user.timeZone} />
        <StreakAndFocus streak={dashboard.streak} weakest={dashboard.weakestTopic} firstUntouched={firstUntouched} />
      </div>

      <LeadAlerts alerts={dashboard.leadAlerts} />
      <NewQuizzes quizzes={dashboard.newQuizzes} timeZone={user.timeZone} />

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="mb-3 text-lg font-semibold">
          Topics
        </h2>
        <TopicGrid topics={topics} linked />
      </section>

      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading" className="mb-3 text-lg font-semibold">
          Your teams
        </h2>
        {teams.length === 0 ? (
          <p className="text-sm text-slate-600">You&apos;re not in a team yet. A team lead can send you an invite link.</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {teams.map((t) => (
              <li key={t.id}>
                <Link href={`/teams/${t.id}`} className="inline-block rounded-md border border-slate-200 bg-white px-3 py-2 text-sm hover:border-brand-500">
                  {t.name} <span className="text-slate-600">· {pluralize(t.memberCount, "member")}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
