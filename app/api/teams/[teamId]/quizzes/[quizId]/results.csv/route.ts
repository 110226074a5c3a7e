import { z } from "zod";
import { csvStream } from "@/lib/progress/csv";
import { getQuizResults } from "@/lib/server/data/progress/get-quiz-results";
import { defineRoute } from "@/lib/server/entry/define-route";
import { recordIdSchema } from "@/lib/schemas/ids";

export const dynamic = "force-dynamic";

const HEADER = ["Member", "First score %", "Best score %", "Attempts", "Best attempt time (s)", "Last attempt"];

/** An ASCII file name from the quiz title, so the header needs no encoding: "RoPE: week 2" → "RoPE-week-2". */
function fileStem(title: string): string {
  const stem = title.normalize("NFKD").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return stem || "quiz";
}

const paramsSchema = z.object({ teamId: recordIdSchema, quizId: recordIdSchema });

/** The quiz's results table for a team as CSV. Same rules as the page: the team's leads and administrators. */
export const GET = defineRoute(
  { name: "export-quiz-results", auth: "user", signIn: "Sign in to download quiz results.", params: paramsSchema },
  async ({ actor, params, now }) => {
    const { quiz, rows } = await getQuizResults(actor, params, now);
    const body = csvStream(
      HEADER,
      rows.map((r) => [r.name, r.first.percent, r.best.percent, r.attempts, r.bestSeconds, r.lastAttemptAt.toISOString()]),
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
