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
  { name: "submit-answer", auth: "user", token: "attempts", params: paramsSchema, body: { json: bodySchema, hint: "Send { position, response, idempotencyKey }." } },
  async ({ actor, params, body, now }) => jsonReply(await submitAnswer(actor, { ...body, attemptId: params.attemptId }, now)),
);
