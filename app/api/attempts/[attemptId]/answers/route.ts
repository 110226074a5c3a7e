import { z } from "zod";
import { submitAnswerSchema, submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { defineRoute } from "@/lib/server/entry/define-route";
import { jsonReply } from "@/lib/server/http/json-reply";
import { recordIdSchema } from "@/lib/schemas/ids";

const paramsSchema = z.object({ attemptId: recordIdSchema });
// The attempt comes from the path, so the body names only the answer.
const bodySchema = submitAnswerSchema.omit({ attemptId: true });

/**
 * JSON API for submitting an answer (scripts, other clients, load tests); the quiz
 * page uses the equivalent server action. Body: { position, response, idempotencyKey }.
 */
export const POST = defineRoute(
  {
    name: "submit-answer",
    auth: "user",
    token: "attempts",
    params: paramsSchema,
    body: { json: bodySchema, hint: "Send { position, response, idempotencyKey }." },
    doc: {
      summary: "Answer one question of your attempt",
      description: "The same `idempotencyKey` again returns the first result (`replayed: true`); another answer to an answered question, or one after the attempt closed, is refused (409, 410).",
      success: { type: "json", description: "`{ correct, score, feedback, solution, replayed }`; `correct`, `score` and `solution` are null while the quiz defers its feedback." },
    },
  },
  async ({ actor, params, body, now }) => jsonReply(await submitAnswer(actor, { ...body, attemptId: params.attemptId }, now)),
);
