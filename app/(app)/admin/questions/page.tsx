import type { Metadata } from "next";
import Link from "next/link";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { DIFFICULTY_LABELS, DIFFICULTY_TONES, KIND_LABELS } from "@/components/questions/labels";
import { requireAdminUser } from "@/lib/server/auth/current-user";
import { listTemplates, type TemplateRow } from "@/lib/server/data/list-templates";

export const metadata: Metadata = { title: "Question bank" };

export default async function QuestionBankPage() {
  const user = await requireAdminUser("/admin/questions");
  const rows = await listTemplates({ id: user.id, role: user.role });
  const byTopic = new Map<string, { title: string; rows: TemplateRow[] }>();
  for (const row of rows) {
    const group = byTopic.get(row.topic.slug) ?? { title: row.topic.title, rows: [] };
    group.rows.push(row);
    byTopic.set(row.topic.slug, group);
  }
  return (
    <div className="space-y-8">
      <PageHeader
        title="Question bank"
        description={`${rows.length} templates. Each one yields a fresh variant per student; answers are computed by the formula library. Open a template to preview sample variants with their answers and worked steps.`}
        actions={
          <Link className={buttonClasses("primary", "sm")} href="/admin/questions/new">
            New template
          </Link>
        }
      />
      {[...byTopic.entries()].map(([slug, group]) => (
        <section key={slug} aria-labelledby={`topic-${slug}`}>
          <h2 id={`topic-${slug}`} className="mb-2 text-lg font-semibold">
            {group.title} <span className="text-sm font-normal text-slate-500">· {group.rows.length} templates</span>
          </h2>
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {group.rows.map((t) => (
              <li key={t.key}>
                <Link href={`/admin/questions/${t.key}`} className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between">
                  <span className="min-w-0">
                    <span className="block truncate font-medium text-slate-900">{t.title}</span>
                    <code className="text-xs text-slate-500">
                      {t.key} · v{t.version}
                    </code>
                  </span>
                  <span className="flex flex-wrap gap-1.5">
                    <Badge tone="brand">{KIND_LABELS[t.kind]}</Badge>
                    <Badge tone={DIFFICULTY_TONES[t.difficulty]}>{DIFFICULTY_LABELS[t.difficulty]}</Badge>
                    {t.builtIn ? <Badge>Built-in</Badge> : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
