import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { PublishPanel } from "@/components/quiz-builder/publish-panel";
import { QuizBuilder } from "@/components/quiz-builder/quiz-builder";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getQuizForEdit } from "@/lib/server/data/quizzes/get-quiz-for-edit";
import { listTeams } from "@/lib/server/data/teams/list-teams";
import { publishQuizAction, saveQuizAction, unpublishQuizAction } from "../actions";
import { getQuizBuilderOptions } from "@/lib/server/data/quizzes/get-quiz-builder-options";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit quiz" };

export default async function EditQuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const { actor } = await requireActor(`/admin/quizzes/${quizId}`, { admin: true });
  const [quiz, options, teams] = await Promise.all([orPageError(getQuizForEdit(actor, quizId)), getQuizBuilderOptions(actor), listTeams(actor)]);
  const { id, published, publishedToAll, teamIds, ...settings } = quiz;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/quizzes">Quizzes</BackLink>
      <PageHeader title={quiz.title} description="Changes apply to attempts started after you save; attempts in progress keep their questions." />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <QuizBuilder quizId={id} initial={settings} templates={options.templates} topics={options.topics} save={saveQuizAction} />
        </Card>
        <Card className="self-start">
          <h2 className="mb-3 text-lg font-semibold">Publish</h2>
          <PublishPanel
            quizId={id}
            published={published}
            publishedToAll={publishedToAll}
            teamIds={teamIds}
            teams={teams.map((t) => ({ id: t.id, name: t.name }))}
            publish={publishQuizAction}
            unpublish={unpublishQuizAction}
          />
        </Card>
      </div>
    </div>
  );
}
