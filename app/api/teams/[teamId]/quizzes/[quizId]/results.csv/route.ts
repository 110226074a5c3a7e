import { z } from "zod";
import { csvStream } from "@/lib/progress/csv";
import { getQuizResults } from "@/lib/server/data/progress/get-quiz-results";
import { defineRoute } from "@/lib/server/entry/define-route";
import { recordIdSchema } from "@/lib/schemas/ids";
import { formatMarks, GRADING_METHOD_LABELS } from "@/lib/quiz/grading-method";

export const dynamic = "force-dynamic";


/** An ASCII file name from the quiz title, so the header needs no encoding: "RoPE: week 2" → "RoPE-week-2". */
function fileStem(title: string): string {
  const stem = title.normalize("NFKD").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return stem || "quiz";
}

const paramsSchema = z.object({ teamId: recordIdSchema, quizId: recordIdSchema });

/** The quiz's results table for a team as CSV. Same rules as the page: the team's leads and administrators. */
export const GET = defineRoute(
  {
    name: "export-quiz-results",
    auth: "user",
    token: "progress:read",
    signIn: "Sign in to download quiz results.",
    params: paramsSchema,
    doc: { summary: "A team's results of one quiz, as CSV", description: "For the team's leads and administrators.", success: { type: "csv", description: "One row per member and attempt." } },
  },
  async ({ actor, params, now }) => {
    const { quiz, rows, gradingMethod, passPercent } = await getQuizResults(actor, params, now);
    // The same grade as the page: the quiz's grading method, named in the header.
    const header = [
      "Member",
      `Grade % (${GRADING_METHOD_LABELS[gradingMethod].toLowerCase()})`,
      "Marks earned",
      "Marks available",
      passPercent === null ? "Passed" : `Passed (pass mark ${passPercent} %)`,
      "Graded attempt time (s)",
      "Attempts",
      "Last attempt",
    ];
    const body = csvStream(
      header,
      rows.map((r) => [
        r.name,
        r.grade,
        r.graded ? formatMarks(r.graded.marksEarned) : "",
        r.graded ? formatMarks(r.graded.maxMarks) : "",
        r.passed === null ? "" : r.passed ? "yes" : "no",
        r.graded ? r.graded.seconds : "",
        r.attempts,
        r.lastAttemptAt.toISOString(),
      ]),
    );
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileStem(quiz.title)}-results.csv"`,
        "cache-control": "no-store",
      },
    });
  },
);
