import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { ItemAnalysisDefinitions } from "@/components/progress/quiz/item-analysis-definitions";
import { ItemAnalysisTable } from "@/components/progress/quiz/item-analysis-table";
import { QuizResultsTable } from "@/components/progress/quiz/quiz-results-table";
import { WrongAnswersList } from "@/components/progress/quiz/wrong-answers-list";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getItemAnalysis } from "@/lib/server/data/progress/get-item-analysis";
import { getQuizResults } from "@/lib/server/data/progress/get-quiz-results";
import { BackLink } from "@/components/ui/back-link";
import { pluralize } from "@/lib/format/display";

const GRADING_METHOD_EXPLAINED = {
  HIGHEST: "each member's highest attempt (the earliest of equal ones).",
  AVERAGE: "the average of each member's attempts.",
  FIRST: "each member's first attempt.",
  LAST: "each member's last attempt.",
} as const;

const ATTEMPTS_ANALYSED = { HIGHEST: "highest attempt", AVERAGE: "attempt", FIRST: "first attempt", LAST: "last attempt" } as const;

export const metadata: Metadata = { title: "Quiz results" };

export default async function TeamQuizResultsPage({ params }: { params: Promise<{ teamId: string; quizId: string }> }) {
  const { teamId, quizId } = await params;
  const { user, actor } = await requireActor(`/teams/${teamId}/quizzes/${quizId}`);
  const now = new Date();
  const [results, analysis] = await orPageError(Promise.all([getQuizResults(actor, { teamId, quizId }, now), getItemAnalysis(actor, { teamId, quizId }, now)]));
  const { team, quiz } = results;
  const flagged = analysis.items.filter((i) => i.needsReview).length;

  return (
    <div className="space-y-6">
      <BackLink href={`/teams/${team.id}/quizzes`}>Quiz results · {team.name}</BackLink>
      <PageHeader
        title={quiz.title}
        description={`${team.name} · ${results.rows.length} member${results.rows.length === 1 ? "" : "s"} finished it. Only the team's members are shown, by name.`}
        actions={
          results.rows.length > 0 ? (
            <a href={`/api/teams/${team.id}/quizzes/${quiz.id}/results.csv`} download className={buttonClasses("secondary", "sm")}>
              Download CSV
            </a>
          ) : null
        }
      />

      <Card>
        <h2 className="mb-1 text-lg font-semibold">Results</h2>
        <p className="mb-3 text-sm text-slate-600">
          Finished attempts only, graded by the quiz&apos;s method: {GRADING_METHOD_EXPLAINED[results.gradingMethod]} Times are in your time zone.
        </p>
        <QuizResultsTable rows={results.rows} gradingMethod={results.gradingMethod} passPercent={results.passPercent} timeZone={user.timeZone} />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Item analysis</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          {pluralize(analysis.attempts, ATTEMPTS_ANALYSED[results.gradingMethod])} analysed (the attempts the grades count)
          {analysis.items.length > 0 ? ` · ${flagged} of ${analysis.items.length} question${analysis.items.length === 1 ? "" : "s"} flagged for review` : ""}.
        </p>
        <ItemAnalysisTable items={analysis.items} />
        <div className="mt-5 border-t border-slate-200 pt-4">
          <ItemAnalysisDefinitions />
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Common wrong answers</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Wrong answers to numeric and choice questions in the graded attempts, grouped by the misconception behind them, most common first.
        </p>
        <WrongAnswersList items={analysis.items} />
      </Card>
    </div>
  );
}
