import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { PublishPanel } from "@/components/quiz-builder/publish-panel";
import { QuizBuilder } from "@/components/quiz-builder/quiz-builder";
import { QuizTools } from "@/components/quiz-builder/quiz-tools";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getQuizForEdit } from "@/lib/server/data/quizzes/get-quiz-for-edit";
import { listTeams } from "@/lib/server/data/teams/list-teams";
import { duplicateQuizAction, previewQuizAction, publishQuizAction, saveQuizAction, unpublishQuizAction } from "../actions";
import { getQuizBuilderOptions } from "@/lib/server/data/quizzes/get-quiz-builder-options";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit quiz" };

export default async function EditQuizPage({ params, searchParams }: { params: Promise<{ quizId: string }>; searchParams: Promise<{ copied?: string }> }) {
  const { quizId } = await params;
  const { copied } = await searchParams;
  const { actor } = await requireActor(`/admin/quizzes/${quizId}`, { admin: true });
  const [quiz, options, teams] = await Promise.all([orPageError(getQuizForEdit(actor, quizId)), getQuizBuilderOptions(actor), listTeams(actor)]);
  const { id, published, publishedToAll, teamIds, teamWindows, timeZone, ...settings } = quiz;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/quizzes">Quizzes</BackLink>
      <PageHeader
        title={quiz.title}
        description="Changes apply to attempts started after you save; attempts in progress keep their questions and marks, and follow new dates and time limits."
        actions={<QuizTools quizId={id} preview={previewQuizAction} duplicate={duplicateQuizAction} />}
      />
      {copied ? <Alert tone="success">This is a copy: edit it and choose its audience. The original is unchanged.</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <QuizBuilder quizId={id} initial={settings} templates={options.templates} topics={options.topics} timeZone={timeZone} save={saveQuizAction} />
        </Card>
        <Card className="self-start">
          <h2 className="mb-3 text-lg font-semibold">Publish</h2>
          <PublishPanel
            quizId={id}
            published={published}
            publishedToAll={publishedToAll}
            teamIds={teamIds}
            teamWindows={teamWindows}
            timeZone={timeZone}
            teams={teams.map((t) => ({ id: t.id, name: t.name }))}
            publish={publishQuizAction}
            unpublish={unpublishQuizAction}
          />
        </Card>
      </div>
    </div>
  );
}
