import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { formatDateTimeIn } from "@/components/ui/format";
import { StartTopicQuizForm } from "@/components/quiz/start-topic-quiz-form";
import { TopicLab } from "@/components/labs/topic-lab";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getTopic } from "@/lib/server/data/topics/get-topic";
import { listAttempts } from "@/lib/server/data/attempts/list-attempts";
import { startTopicQuizAction } from "./actions";
import { setDeckAction } from "@/app/(app)/flashcards/actions";
import { buttonClasses } from "@/components/ui/button";
import { TopicDeckButton } from "@/components/topics/topic-deck-button";
import { formatCount, formatPercent, pluralize } from "@/lib/format/display";
import { getTopicStanding } from "@/lib/server/data/topics/get-topic-standing";
import { BackLink } from "@/components/ui/back-link";

type Props = { params: Promise<{ slug: string }> };

const loadTopic = (slug: string) => orPageError(getTopic(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await loadTopic(slug)).title };
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params;
  const { user, actor } = await requireActor(`/topics/${slug}`);
  const topic = await loadTopic(slug);
  const now = new Date();
  const [history, standing] = await Promise.all([listAttempts(actor, { topic: slug }), getTopicStanding(actor, slug, now)]);
  const open = history.find((a) => a.status === "IN_PROGRESS");
  return (
    <div className="space-y-6">
      <BackLink href="/dashboard">All topics</BackLink>
      <PageHeader title={topic.title} description={topic.summary} />
      <p className="text-sm text-slate-700">
        Your mastery:{" "}
        <strong className="tabular-nums">{standing.mastery.ratio === null ? "—" : formatPercent(standing.mastery.ratio)}</strong>{" "}
        ({standing.mastery.mastered} of {standing.mastery.total} questions mastered, {standing.mastery.answered} answered).{" "}
        <Link href="/progress" className="text-brand-700 underline">
          All your progress
        </Link>
      </p>
      <nav aria-label="On this page" className="flex flex-wrap gap-3 text-sm">
        <a href="#topic-quiz" className="text-brand-700 hover:underline">
          Topic quiz
        </a>
        <a href="#topic-flashcards" className="text-brand-700 hover:underline">
          Flashcards
        </a>
        <a href="#lab-title" className="text-brand-700 hover:underline">
          Lab: run a small model
        </a>
      </nav>
      <Card>
        <h2 id="topic-quiz" className="text-lg font-semibold">
          Topic quiz
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Questions drawn from this topic, the ones you&apos;ve seen least first. Every numeric question has your own numbers; you get the answer,
          the worked steps and a source after each one.
        </p>
        <StartTopicQuizForm topic={slug} action={startTopicQuizAction} resume={Boolean(open)} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Your attempts</h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-600">No attempts yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 pr-4 font-medium">Date</th>
                  <th className="py-2 pr-4 font-medium">Score</th>
                  <th className="py-2 pr-4 font-medium">Time</th>
                  <th className="py-2 font-medium">
                    <span className="sr-only">Link</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {history.map((a) => (
                  <tr key={a.id}>
                    <td className="py-2 pr-4">{formatDateTimeIn(a.startedAt, user.timeZone)}</td>
                    <td className="py-2 pr-4 tabular-nums">
                      {a.status === "IN_PROGRESS" ? <Badge tone="amber">In progress</Badge> : `${a.correctCount} / ${a.questionCount}`}
                    </td>
                    <td className="py-2 pr-4 tabular-nums">{a.finishedAt ? `${Math.max(1, Math.round((a.finishedAt.getTime() - a.startedAt.getTime()) / 60000))} min` : "—"}</td>
                    <td className="py-2 text-right">
                      <Link className="text-brand-700 hover:underline" href={a.status === "IN_PROGRESS" ? `/attempts/${a.id}` : `/attempts/${a.id}/review`}>
                        {a.status === "IN_PROGRESS" ? "Continue" : "Review"}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <h2 id="topic-flashcards" className="text-lg font-semibold">
          Flashcards
        </h2>
        {standing.deck.subscribed ? (
          <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-700">
              You study this deck of {pluralize(standing.deck.cards, "card")}: {formatCount(standing.deck.due)} due now, {formatCount(standing.deck.unseen)} not studied yet.
            </p>
            <Link href="/flashcards" className={buttonClasses(standing.deck.due + standing.deck.unseen > 0 ? "primary" : "secondary", "sm")}>
              {standing.deck.due + standing.deck.unseen > 0 ? "Study now" : "Open flashcards"}
            </Link>
          </div>
        ) : (
          <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-700">
              {pluralize(standing.deck.cards, "card")} on these formulas, scheduled by FSRS so each comes back just before you would forget it.
            </p>
            <TopicDeckButton slug={slug} setDeck={setDeckAction} />
          </div>
        )}
      </Card>
      <TopicLab slug={slug} />
    </div>
  );
}
