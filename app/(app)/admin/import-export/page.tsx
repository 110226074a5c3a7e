import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { ExportPanel } from "@/components/import-export/export-panel";
import { ImportForm } from "@/components/import-export/import-form";
import { requireAdminUser } from "@/lib/server/auth/current-user";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Import and export" };

export default async function ImportExportPage() {
  await requireAdminUser("/admin/import-export");
  const topics = (await listTopics()).map(({ slug, title }) => ({ slug, title }));
  return (
    <div className="space-y-6">
      <BackLink href="/admin">Administration</BackLink>
      <PageHeader
        title="Import and export"
        description="Bring questions in from Moodle GIFT, Moodle XML or a Quizformer export, and take the templates out. An import is all or nothing: if any question has a problem, nothing is written and every problem is listed with its line."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Import</h2>
          <p className="mb-4 text-sm text-slate-600">
            GIFT questions become templates without parameters: <code>$CATEGORY: topic/tag/…</code> sets the topic (by slug or title) and tags, and the title sets the key. A new key
            is added as version 1, a changed one as a new version; unchanged ones are skipped. Partial credit isn&apos;t graded, so partly right answers are reported and imported as
            wrong. Moodle XML keeps more: the category sets the topic and tags the same way, and calculated questions become templates with parameters (their wildcards, paired
            by dataset item) and a formula answer; whatever a template can&apos;t carry is reported with its line.
          </p>
          <ImportForm topics={topics} />
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Export</h2>
          <ExportPanel topics={topics} />
        </Card>
      </div>
    </div>
  );
}
