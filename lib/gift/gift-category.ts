import { kebabCase } from "./slug";

export type TopicRef = { slug: string; title: string };

// Moodle writes "$course$/top/Default for …": context markers and the "top" root are no topic or tag.
const MOODLE_PREFIX = /^\$[a-z0-9]+\$$/i;

/**
 * A `$CATEGORY:` path as a topic and tags: the first segment names a topic (by
 * slug or title, any case), the rest become kebab-case tags. A first segment that
 * names no topic leaves the default topic and becomes a tag itself (`matched` false).
 */
export function categoryToTopic(category: string | undefined, topics: readonly TopicRef[], defaultTopic: string): { topic: string; tags: string[]; matched: boolean } {
  const segments = (category ?? "")
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s && !MOODLE_PREFIX.test(s));
  if (segments[0]?.toLowerCase() === "top") segments.shift();
  const first = segments[0];
  const topic = first === undefined ? undefined : topics.find((t) => t.slug === kebabCase(first) || t.title.toLowerCase() === first.toLowerCase());
  const tagSegments = topic ? segments.slice(1) : segments;
  const tags = [...new Set(tagSegments.map(kebabCase).filter(Boolean))];
  return { topic: topic?.slug ?? defaultTopic, tags, matched: Boolean(topic) || first === undefined };
}
