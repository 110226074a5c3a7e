import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { ArchiveControls } from "@/components/template-editor/archive-controls";
import { TemplateEditor } from "@/components/template-editor/template-editor";
import { describeComputeFunctions } from "@/lib/compute/index";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getTemplateForEdit, type TemplateForEdit } from "@/lib/server/data/templates/get-template-for-edit";
import { orPageError } from "@/lib/server/entry/page-guard";
import { archiveTemplateAction, previewTemplateAction, restoreTemplateAction, updateTemplateAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit template" };

export default async function EditTemplatePage({ params, searchParams }: { params: Promise<{ key: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { key } = await params;
  const { actor } = await requireActor(`/admin/templates/${key}/edit`, { admin: true });
  const edit = await orPageError(getTemplateForEdit(actor, key));
  const saved = Number((await searchParams).saved);
  const { template } = edit;
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/templates/${key}`}>{template.title}</BackLink>
      <PageHeader
        title="Edit template"
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <code>{key}</code>
            <span>
              · version {edit.version} of {edit.versions}
            </span>
            {edit.status === "ARCHIVED" ? <Badge tone="amber">Archived</Badge> : null}
            {edit.builtIn ? <Badge>Built-in</Badge> : null}
          </span>
        }
        actions={
          <Link className={buttonClasses("secondary", "sm")} href={`/admin/templates/${key}`}>
            Preview stored version
          </Link>
        }
      />
      {saved === edit.version ? <Alert tone="success">Saved as version {saved}.</Alert> : null}
      <section aria-labelledby="usage" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="usage" className="text-base font-semibold text-slate-900">
          Use and versions
        </h2>
        <p className="text-sm text-slate-700">{usageText(edit)}</p>
        <ArchiveControls
          status={edit.status}
          used={edit.usage.questions > 0 || edit.quizzes > 0}
          archive={archiveTemplateAction.bind(null, key)}
          restore={restoreTemplateAction.bind(null, key)}
        />
      </section>
      <TemplateEditor initial={template} functions={describeComputeFunctions()} save={updateTemplateAction.bind(null, key)} preview={previewTemplateAction} />
    </div>
  );
}

function usageText(edit: TemplateForEdit): string {
  const { questions, attempts } = edit.usage;
  const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
  const inQuizzes = edit.quizzes ? ` Named in ${edit.quizzes} quiz${edit.quizzes === 1 ? "" : "zes"}.` : "";
  if (!questions) return `Not used by any attempt yet, so saving a change updates version ${edit.version} in place.${inQuizzes}`;
  const asked = `Asked ${plural(questions, "time")} in ${plural(attempts, "attempt")}.${inQuizzes}`;
  return edit.latestUsage
    ? `${asked} Version ${edit.version} has been used, so saving a change creates version ${edit.version + 1} and keeps version ${edit.version} for those attempts.`
    : `${asked} Version ${edit.version} hasn't been used yet (only earlier versions have), so saving a change updates it in place.`;
}
