import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ActivitySection } from "@/components/flashcards/stats/activity-section";
import { CardStatesSection } from "@/components/flashcards/stats/card-states-section";
import { DistributionSection } from "@/components/flashcards/stats/distribution-section";
import { ForecastSection } from "@/components/flashcards/stats/forecast-section";
import { RetentionSection } from "@/components/flashcards/stats/retention-section";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getReviewStats } from "@/lib/server/data/flashcards/get-review-stats";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Flashcard statistics" };

export default async function ReviewStatsPage() {
  const { actor } = await requireActor("/flashcards/stats");
  const stats = await getReviewStats(actor, new Date());
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <BackLink href="/flashcards">Flashcards</BackLink>
      <PageHeader title="Flashcard statistics" description={`Your flashcard reviews and cards. Days run midnight to midnight in your time zone (${stats.timeZone}).`} />
      {stats.days.length === 0 ? (
        <Card>
          <h2 className="text-lg font-semibold">No reviews yet</h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">Your calendar, retention and forecast appear here after your first review.</p>
          <Link href="/flashcards" className={buttonClasses("primary")}>
            Start reviewing
          </Link>
        </Card>
      ) : (
        <>
          <ActivitySection days={stats.days} today={stats.today} />
          <div className="grid gap-6 lg:grid-cols-2">
            <ForecastSection forecast={stats.forecast} />
            <RetentionSection retention={stats.retention} />
          </div>
          <CardStatesSection cards={stats.cards} />
          <div className="grid gap-6 lg:grid-cols-2">
            <DistributionSection
              title="Stability"
              description="Days until the chance of recalling a card falls to 90 %, for cards you have reviewed."
              buckets={stats.stability}
              bucketName="Stability"
              colour="#0f766e"
            />
            <DistributionSection
              title="Difficulty"
              description="How hard FSRS rates each reviewed card, from 1 (easiest) to 10 (hardest)."
              buckets={stats.difficulty}
              bucketName="Difficulty"
              colour="#b45309"
            />
          </div>
        </>
      )}
    </div>
  );
}
