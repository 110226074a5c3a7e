import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export const CARD_KIND_LABELS: Record<string, string> = { BASIC: "Basic", CLOZE: "Cloze", COMPUTED: "Computed" };

/** A plain GET form: filters live in the URL, so results can be linked and paged. */
export function CardFilters({ filter, topics }: { filter: { topic?: string; kind?: string; q?: string }; topics: { slug: string; title: string }[] }) {
  return (
    <form role="search" aria-label="Filter cards" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]">
      <div className="sm:col-span-2 lg:col-span-1">
        <label htmlFor="cards-q" className="block text-xs font-medium text-slate-600">
          Search text, key or tag
        </label>
        <input id="cards-q" name="q" type="search" defaultValue={filter.q} className={selectClass} placeholder="e.g. theta" />
      </div>
      <div>
        <label htmlFor="cards-topic" className="block text-xs font-medium text-slate-600">
          Topic
        </label>
        <select id="cards-topic" name="topic" defaultValue={filter.topic ?? ""} className={selectClass}>
          <option value="">All</option>
          {topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="cards-kind" className="block text-xs font-medium text-slate-600">
          Kind
        </label>
        <select id="cards-kind" name="kind" defaultValue={filter.kind ?? ""} className={selectClass}>
          <option value="">All</option>
          {Object.entries(CARD_KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <button className={buttonClasses("primary", "sm")}>Apply</button>
        <Link href="/admin/cards" className={buttonClasses("ghost", "sm")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
