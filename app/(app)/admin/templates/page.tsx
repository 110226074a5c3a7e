import type { Metadata } from "next";
import Link from "next/link";
import { Pager, pagedHref } from "@/components/ui/pager";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { DIFFICULTY_LABELS, DIFFICULTY_TONES, KIND_LABELS } from "@/components/templates/labels";
import { TemplateFilters } from "@/components/templates/template-filters";
import { templateFilterSchema } from "@/lib/schemas/template-filter";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listTemplatesPage } from "@/lib/server/data/templates/list-templates";
import { listTemplateTags } from "@/lib/server/data/templates/list-template-tags";
import { listTopics } from "@/lib/server/data/topics/list-topics";

export const metadata: Metadata = { title: "Templates" };

export default async function QuestionBankPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireActor("/admin/templates", { admin: true });
  const { page, ...filter } = templateFilterSchema.parse(await searchParams);
  const [{ rows, total, pageCount }, tags, topics] = await Promise.all([listTemplatesPage(actor, filter, page), listTemplateTags(actor), listTopics()]);
  const query = (p: number) => pagedHref("/admin/templates", filter, p);
  const filtered = Object.values(filter).some(Boolean);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Templates"
        description="Each template yields a fresh variant per student; answers are computed by the formula library. Open one to preview sample variants with their answers and worked steps."
        actions={
          <>
            <Link className={buttonClasses("secondary", "sm")} href="/admin/import-export">
              Import / export
            </Link>
            <Link className={buttonClasses("primary", "sm")} href="/admin/templates/new">
              New template
            </Link>
          </>
        }
      />
      <TemplateFilters filter={filter} topics={topics.map((t) => ({ slug: t.slug, title: t.title }))} tags={tags} />
      <p className="text-sm text-slate-600" aria-live="polite">
        {total} template{total === 1 ? "" : "s"}
        {filtered ? " match" : ""}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">No templates match these filters.</p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {rows.map((t) => (
            <li key={t.key}>
              <Link href={`/admin/templates/${t.key}`} className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between">
                <span className="min-w-0">
                  <span className="block truncate font-medium text-slate-900">{t.title}</span>
                  <span className="text-xs text-slate-500">
                    <code>{t.key}</code> · v{t.version} · {t.topic.title} · used {t.uses} time{t.uses === 1 ? "" : "s"}
                  </span>
                </span>
                <span className="flex flex-wrap gap-1.5">
                  <Badge tone="brand">{KIND_LABELS[t.kind]}</Badge>
                  <Badge tone={DIFFICULTY_TONES[t.difficulty]}>{DIFFICULTY_LABELS[t.difficulty]}</Badge>
                  {t.status === "ARCHIVED" ? <Badge tone="red">Archived</Badge> : null}
                  {t.builtIn ? <Badge>Built-in</Badge> : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={pageCount} href={query} />
    </div>
  );
}
