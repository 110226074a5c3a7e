import Link from "next/link";
import type { TopicSummary } from "@/lib/server/data/topics/list-topics";

export function TopicGrid({ topics, linked }: { topics: TopicSummary[]; linked: boolean }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {topics.map((topic, i) => {
        const body = (
          <>
            <span className="text-xs font-semibold uppercase tracking-wide text-brand-600">Topic {i + 1}</span>
            <h3 className="mt-1 text-base font-semibold text-slate-900">{topic.title}</h3>
            <p className="mt-2 text-sm leading-relaxed text-slate-600">{topic.summary}</p>
          </>
        );
        return (
          <li key={topic.id}>
            {linked ? (
              <Link
                href={`/topics/${topic.slug}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500 hover:shadow"
              >
                {body}
              </Link>
            ) : (
              <div className="h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
