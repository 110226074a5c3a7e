import { submitAnswerSchema } from "@/lib/schemas/quiz";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { isAppError } from "@/lib/server/errors";
import { JSON_BODY_LIMIT_BYTES, readJsonBody } from "@/lib/server/http/read-json-body";
import { log } from "@/lib/server/log";

/**
 * JSON API for submitting an answer (scripts, other clients, load tests); the quiz
 * page uses the equivalent server action. Body: { position, response, idempotencyKey }.
 */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  // JSON only (415), at most 64 KB (413), parseable (400).
  const read = await readJsonBody(request, { maxBytes: JSON_BODY_LIMIT_BYTES });
  if (!read.ok) return read.response;
  const body = read.value;
  const parsed = submitAnswerSchema.safeParse({ ...(typeof body === "object" && body ? body : {}), attemptId: (await params).attemptId });
  if (!parsed.success) return Response.json({ error: "Send { position, response, idempotencyKey }.", issues: parsed.error.issues.map((i) => i.message) }, { status: 400 });
  try {
    const result = await submitAnswer({ id: user.id, role: user.role }, parsed.data, new Date());
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    log("error", "submit_answer_failed", { error: error instanceof Error ? error.message : String(error) });
    return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
