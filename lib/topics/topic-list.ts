import { SLIDING_WINDOW_ATTENTION_TOPIC } from "./sliding-window-attention/topic";
import { ROPE_TOPIC } from "./rope/topic";
import { QUANTIZATION_TOPIC } from "./quantization/topic";
import { RLHF_TOPIC } from "./rlhf/topic";
import { PEFT_TOPIC } from "./peft/topic";

/**
 * The topics Quizformer teaches, in course order: the list every screen, schema and registry is
 * keyed by. Light on purpose (titles and summaries only), so browser code can import it; what a
 * topic teaches lives in its pack (lib/topics/<slug>/pack.ts, registered in ./registry.ts).
 */
export const TOPICS = [SLIDING_WINDOW_ATTENTION_TOPIC, ROPE_TOPIC, QUANTIZATION_TOPIC, RLHF_TOPIC, PEFT_TOPIC] as const;

/** A topic's stable key. Every per-topic registry is a `Record<TopicSlug, …>`, so one missing entry is a type error. */
export type TopicSlug = (typeof TOPICS)[number]["slug"];

/** The slugs, in course order, as a tuple for `z.enum`. */
export const TOPIC_SLUGS = TOPICS.map((t) => t.slug) as [TopicSlug, ...TopicSlug[]];

/** Whether a string from outside (a URL, a file) names one of the topics. */
export function isTopicSlug(value: string): value is TopicSlug {
  return (TOPIC_SLUGS as readonly string[]).includes(value);
}
