import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { TopicGrid } from "@/components/topics/topic-grid";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { listTeams } from "@/lib/server/data/teams/list-teams";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { user, actor } = await requireActor("/dashboard");
  const [topics, teams] = await Promise.all([listTopics(), listTeams(actor)]);
  const firstName = user.name.split(" ")[0];
  return (
    <div className="space-y-10">
      <PageHeader title={`Hello, ${firstName}`} description="Pick a topic to study. Quizzes, reviews and progress appear here as they arrive." />

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="mb-3 text-lg font-semibold">
          Topics
        </h2>
        <TopicGrid topics={topics} linked />
      </section>

      <section aria-labelledby="soon-heading" className="grid gap-4 md:grid-cols-3">
        <h2 id="soon-heading" className="sr-only">
          Flashcards, quizzes and progress
        </h2>
        <Card>
          <h3 className="font-semibold text-slate-900">Flashcards</h3>
          <p className="mt-1 text-sm text-slate-600">Review cards on a spaced-repetition schedule; computed cards bring new numbers each time.</p>
          <Link href="/flashcards" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            Start reviewing →
          </Link>
        </Card>
        <Card>
          <h3 className="font-semibold text-slate-900">Quizzes</h3>
          <p className="mt-1 text-sm text-slate-600">Quizzes published to you, and a topic quiz on every topic page, each with your own numbers.</p>
          <Link href="/quizzes" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            Open quizzes →
          </Link>
        </Card>
        <Card>
          <h3 className="font-semibold text-slate-900">Progress</h3>
          <p className="mt-1 text-sm text-slate-600">Mastery per topic, your quiz history, flashcard retention and your study streak.</p>
          <Link href="/progress" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            See your progress →
          </Link>
        </Card>
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
                  {t.name} <span className="text-slate-500">· {t.memberCount} members</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
