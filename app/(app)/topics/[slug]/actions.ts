"use server";

import { redirect } from "next/navigation";
import { startTopicQuizSchema, startTopicQuiz } from "@/lib/server/data/attempts/start-topic-quiz";
import { defineFormAction } from "@/lib/server/entry/define-action";

export const startTopicQuizAction = defineFormAction(
  { name: "start-topic-quiz", input: startTopicQuizSchema, invalid: "Choose between 1 and 30 questions.", fieldErrors: () => ({}) },
  async ({ actor, input, now }) => redirect(`/attempts/${(await startTopicQuiz(actor, input, now)).attemptId}`),
);
