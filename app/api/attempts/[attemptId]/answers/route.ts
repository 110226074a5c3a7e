import { submitAnswerSchema } from "@/lib/schemas/quiz";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { AppError } from "@/lib/server/errors";
import { log } from "@/lib/server/log";

/**
 * JSON API for submitting an answer (scripts, other clients, load tests); the quiz
 * page uses the equivalent server action. Body: { position, response, idempotencyKey }.
 */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  // Only JSON bodies: a cross-site form can't send this content type without a CORS preflight.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return Response.json({ error: "Send JSON (Content-Type: application/json)." }, { status: 415 });
  }
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const body: unknown = await request.json().catch(() => null);
  const parsed = submitAnswerSchema.safeParse({ ...(typeof body === "object" && body ? body : {}), attemptId: (await params).attemptId });
  if (!parsed.success) return Response.json({ error: "Send { position, response, idempotencyKey }.", issues: parsed.error.issues.map((i) => i.message) }, { status: 400 });
  try {
    const result = await submitAnswer({ id: user.id, role: user.role }, parsed.data, new Date());
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.status });
    log("error", "submit_answer_failed", { error: error instanceof Error ? error.message : String(error) });
    return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
