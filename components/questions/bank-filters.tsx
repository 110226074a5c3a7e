import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DIFFICULTY_LABELS, KIND_LABELS } from "./labels";

type Filter = { topic?: string; kind?: string; difficulty?: string; status?: string; tag?: string; q?: string };

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so results can be linked and paged. */
export function BankFilters({ filter, topics, tags }: { filter: Filter; topics: { slug: string; title: string }[]; tags: string[] }) {
  return (
    <form role="search" aria-label="Filter templates" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7">
      <div className="sm:col-span-3 lg:col-span-2">
        <label htmlFor="bank-q" className="block text-xs font-medium text-slate-600">
          Search title or key
        </label>
        <input id="bank-q" name="q" defaultValue={filter.q} className={selectClass} placeholder="e.g. kv cache" />
      </div>
      <div>
        <label htmlFor="bank-topic" className="block text-xs font-medium text-slate-600">
          Topic
        </label>
        <select id="bank-topic" name="topic" defaultValue={filter.topic ?? ""} className={selectClass}>
          <option value="">All</option>
          {topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-kind" className="block text-xs font-medium text-slate-600">
          Kind
        </label>
        <select id="bank-kind" name="kind" defaultValue={filter.kind ?? ""} className={selectClass}>
          <option value="">All</option>
          {["NUMERIC", "MULTIPLE_CHOICE", "TRUE_FALSE", "ORDERING", "SHORT_TEXT"].map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-difficulty" className="block text-xs font-medium text-slate-600">
          Difficulty
        </label>
        <select id="bank-difficulty" name="difficulty" defaultValue={filter.difficulty ?? ""} className={selectClass}>
          <option value="">All</option>
          {["EASY", "MEDIUM", "HARD"].map((d) => (
            <option key={d} value={d}>
              {DIFFICULTY_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-tag" className="block text-xs font-medium text-slate-600">
          Tag
        </label>
        <select id="bank-tag" name="tag" defaultValue={filter.tag ?? ""} className={selectClass}>
          <option value="">All</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-status" className="block text-xs font-medium text-slate-600">
          Status
        </label>
        <select id="bank-status" name="status" defaultValue={filter.status ?? ""} className={selectClass}>
          <option value="">Any</option>
          <option value="ACTIVE">Active</option>
          <option value="ARCHIVED">Archived</option>
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-7">
        <button className={buttonClasses("primary", "sm")}>Apply filters</button>
        <Link href="/admin/questions" className={buttonClasses("ghost", "sm")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
