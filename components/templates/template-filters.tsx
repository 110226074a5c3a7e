import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { FilterSearch, FilterSelect } from "@/components/ui/filter-fields";
import { DIFFICULTY_LABELS, KIND_LABELS } from "./labels";

type Filter = { topic?: string; kind?: string; difficulty?: string; status?: string; tag?: string; q?: string };

const KINDS = ["NUMERIC", "MULTIPLE_CHOICE", "TRUE_FALSE", "ORDERING", "SHORT_TEXT"];
const DIFFICULTIES = ["EASY", "MEDIUM", "HARD"];
const STATUSES = [
  { value: "ACTIVE", label: "Active" },
  { value: "ARCHIVED", label: "Archived" },
];

/** A plain GET form: filters live in the URL, so results can be linked and paged. */
export function TemplateFilters({ filter, topics, tags }: { filter: Filter; topics: { slug: string; title: string }[]; tags: string[] }) {
  return (
    <form role="search" aria-label="Filter templates" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7">
      <FilterSearch id="bank-q" name="q" label="Search title or key" value={filter.q} placeholder="e.g. kv cache" className="sm:col-span-3 lg:col-span-2" />
      <FilterSelect id="bank-topic" name="topic" label="Topic" value={filter.topic} emptyLabel="All" options={topics.map((t) => ({ value: t.slug, label: t.title }))} />
      <FilterSelect id="bank-kind" name="kind" label="Kind" value={filter.kind} emptyLabel="All" options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k }))} />
      <FilterSelect id="bank-difficulty" name="difficulty" label="Difficulty" value={filter.difficulty} emptyLabel="All" options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] ?? d }))} />
      <FilterSelect id="bank-tag" name="tag" label="Tag" value={filter.tag} emptyLabel="All" options={tags.map((t) => ({ value: t, label: t }))} />
      <FilterSelect id="bank-status" name="status" label="Status" value={filter.status} emptyLabel="Any" options={STATUSES} />
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-7">
        <button className={buttonClasses("primary", "sm")}>Apply filters</button>
        <Link href="/admin/templates" className={buttonClasses("ghost", "sm")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
