import { csvStream } from "@/lib/progress/csv";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { getQuizResults } from "@/lib/server/data/progress/get-quiz-results";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

const HEADER = ["Member", "First score %", "Best score %", "Attempts", "Best attempt time (s)", "Last attempt"];

/** An ASCII file name from the quiz title, so the header needs no encoding: "RoPE: week 2" → "RoPE-week-2". */
function fileStem(title: string): string {
  const stem = title.normalize("NFKD").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return stem || "quiz";
}

/** The quiz's results table for a team as CSV. Same rules as the page: the team's leads and administrators. */
export async function GET(_request: Request, { params }: { params: Promise<{ teamId: string; quizId: string }> }) {
  const { teamId, quizId } = await params;
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to download quiz results." }, { status: 401 });
  try {
    const { quiz, rows } = await getQuizResults({ id: user.id, role: user.role }, { teamId, quizId }, new Date());
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
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
