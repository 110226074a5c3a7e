import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { QuizBuilder } from "@/components/quiz-builder/quiz-builder";
import { requireActor } from "@/lib/server/entry/require-actor";
import { saveQuizAction } from "../actions";
import { getQuizBuilderOptions } from "@/lib/server/data/quizzes/get-quiz-builder-options";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage() {
  const { user, actor } = await requireActor("/admin/quizzes/new", { admin: true });
  const { templates, topics } = await getQuizBuilderOptions(actor);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/quizzes">Quizzes</BackLink>
      <PageHeader title="New quiz" />
      <Card>
        <QuizBuilder
          initial={{ title: "", description: "", topic: "", feedbackMode: "IMMEDIATE", shuffleQuestions: true, shuffleChoices: true, opensAt: "", closesAt: "", gradingMethod: "HIGHEST", items: [{ type: "draw", marks: 1, topic: topics[0]?.slug ?? "", tag: "", difficulty: "", count: 5 }] }}
          templates={templates}
          topics={topics}
          timeZone={user.timeZone}
          save={saveQuizAction}
        />
      </Card>
    </div>
  );
}
