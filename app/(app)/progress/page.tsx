import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { FlashcardsSection } from "@/components/progress/student/flashcards-section";
import { MasterySection } from "@/components/progress/student/mastery-section";
import { QuizHistorySection } from "@/components/progress/student/quiz-history-section";
import { StreakSection } from "@/components/progress/student/streak-section";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getStudentProgress } from "@/lib/server/data/progress/get-student-progress";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const { actor } = await requireActor("/progress");
  const progress = await getStudentProgress(actor, new Date());
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        title="Your progress"
        description={`Mastery per topic, your quizzes, flashcard retention and streak. Days run midnight to midnight in your time zone (${progress.timeZone}).`}
      />
      <MasterySection topics={progress.topics} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <FlashcardsSection flashcards={progress.flashcards} />
        </div>
        <div className="min-w-0">
          <StreakSection streak={progress.streak} />
        </div>
      </div>
      <QuizHistorySection history={progress.quizHistory} timeZone={progress.timeZone} />
    </div>
  );
}
