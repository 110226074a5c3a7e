import { buttonClasses } from "@/components/ui/button";
import { CONTROL } from "@/components/ui/field-notes";


/** Download links: the lossless JSON export, and GIFT and Moodle XML for Moodle (plain GET forms, so they work without JavaScript). */
export function ExportPanel({ topics }: { topics: { slug: string; title: string }[] }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="export-json">
        <h3 id="export-json" className="font-medium text-slate-900">
          Quizformer JSON
        </h3>
        <p className="mt-1 text-sm text-slate-600">
          The latest version of every template, with its parameters, and every quiz with its items. Importing it here, or on another Quizformer, restores them exactly.
        </p>
        <a href="/api/admin/export/json" download className={`${buttonClasses("secondary", "sm")} mt-3`}>
          Download JSON
        </a>
      </section>
      <section aria-labelledby="export-gift">
        <h3 id="export-gift" className="font-medium text-slate-900">
          Moodle GIFT
        </h3>
        <p className="mt-1 text-sm text-slate-600">
          GIFT has no parameters, so each parameterised template is exported as N concrete variants (each with its own numbers and answer); a template without parameters is
          exported once. Numeric answers are written in the template&apos;s display unit, with the unit stated in the question. Ordering questions become matching questions (item →
          position).
        </p>
        <form method="get" action="/api/admin/export/gift" className="mt-3 grid gap-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end">
          <div>
            <label htmlFor="export-variants" className="block text-sm font-medium text-slate-800">
              Variants (N)
            </label>
            <input id="export-variants" name="variants" type="number" min={1} max={20} defaultValue={3} required className={`${CONTROL} border-slate-300`} />
          </div>
          <TopicSelect id="export-topic" topics={topics} />
          <button type="submit" className={buttonClasses("secondary", "md")}>
            Download GIFT
          </button>
        </form>
      </section>
      <section aria-labelledby="export-moodle-xml">
        <h3 id="export-moodle-xml" className="font-medium text-slate-900">
          Moodle XML
        </h3>
        <p className="mt-1 text-sm text-slate-600">
          Numeric templates become calculated questions: each parameter a wildcard whose dataset holds the template&apos;s first N draws, paired by item number, and the answer its
          formula (or, for a library function, one more wildcard holding each draw&apos;s answer). Templates drawing model presets, and computed choices, are exported as N fixed
          variants. Topics and tags become categories.
        </p>
        <form method="get" action="/api/admin/export/moodle-xml" className="mt-3 grid gap-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end">
          <div>
            <label htmlFor="export-items" className="block text-sm font-medium text-slate-800">
              Items (N)
            </label>
            <input id="export-items" name="items" type="number" min={1} max={100} defaultValue={10} required className={`${CONTROL} border-slate-300`} />
          </div>
          <TopicSelect id="export-xml-topic" topics={topics} />
          <button type="submit" className={buttonClasses("secondary", "md")}>
            Download Moodle XML
          </button>
        </form>
      </section>
    </div>
  );
}

/** The topic to export, or all of them: the same choice on each Moodle format's form. */
function TopicSelect({ id, topics }: { id: string; topics: { slug: string; title: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Topic
      </label>
      <select id={id} name="topic" defaultValue="" className={`${CONTROL} border-slate-300`}>
        <option value="">All topics</option>
        {topics.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.title}
          </option>
        ))}
      </select>
    </div>
  );
}
