import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { FilterSearch, FilterSelect } from "@/components/ui/filter-fields";

export const CARD_KIND_LABELS: Record<string, string> = { BASIC: "Basic", CLOZE: "Cloze", COMPUTED: "Computed" };

/** A plain GET form: filters live in the URL, so results can be linked and paged. */
export function CardFilters({ filter, topics }: { filter: { topic?: string; kind?: string; q?: string }; topics: { slug: string; title: string }[] }) {
  return (
    <form role="search" aria-label="Filter cards" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]">
      <FilterSearch id="cards-q" name="q" label="Search text, key or tag" value={filter.q} placeholder="e.g. theta" className="sm:col-span-2 lg:col-span-1" />
      <FilterSelect id="cards-topic" name="topic" label="Topic" value={filter.topic} emptyLabel="All" options={topics.map((t) => ({ value: t.slug, label: t.title }))} />
      <FilterSelect id="cards-kind" name="kind" label="Kind" value={filter.kind} emptyLabel="All" options={Object.entries(CARD_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <button className={buttonClasses("primary", "sm")}>Apply</button>
        <Link href="/admin/flashcards" className={buttonClasses("ghost", "sm")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
