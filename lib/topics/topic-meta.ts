/** A topic as the seed writes it and students see it listed. */
export type TopicMeta = { slug: string; title: string; summary: string; order: number };
