import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { AttemptRunner } from "@/components/quiz/attempt-runner";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getAttempt } from "@/lib/server/data/attempts/get-attempt";
import { renderAttemptQuestions } from "@/lib/server/render/rendered-views";
import { finishAttemptAction, flagQuestionAction, submitAnswerAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const { actor } = await requireActor(`/attempts/${attemptId}`);
  const attempt = await orPageError(getAttempt(actor, attemptId, new Date()));
  if (attempt.status !== "IN_PROGRESS") redirect(`/attempts/${attemptId}/review`);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      {attempt.preview && attempt.quizId ? (
        <BackLink href={`/admin/quizzes/${attempt.quizId}`}>Quiz builder</BackLink>
      ) : attempt.topic ? (
        <BackLink href={`/topics/${attempt.topic.slug}`}>{attempt.topic.title}</BackLink>
      ) : null}
      {attempt.preview ? <Alert tone="info">Preview: you are taking the quiz as a student would. This attempt counts nowhere and is replaced by your next preview.</Alert> : null}
      <PageHeader
        title={attempt.title}
        description={
          attempt.feedbackMode === "IMMEDIATE"
            ? "You'll see whether each answer is right, with the worked steps, as soon as you submit it. Type numbers in any sensible unit."
            : "Answers are saved as you go; results and worked steps come at the end."
        }
      />
      <AttemptRunner
        attemptId={attempt.id}
        questions={renderAttemptQuestions(attempt.questions)}
        immediate={attempt.feedbackMode === "IMMEDIATE"}
        deadline={attempt.deadline?.toISOString() ?? null}
        submit={submitAnswerAction}
        finish={finishAttemptAction}
        flag={flagQuestionAction}
      />
    </div>
  );
}
