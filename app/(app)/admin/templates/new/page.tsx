import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { TemplateEditor } from "@/components/template-editor/template-editor";
import { describeComputeFunctions } from "@/lib/compute/index";
import { requireAdminUser } from "@/lib/server/auth/current-user";
import { createTemplateAction, previewNewTemplateAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  await requireAdminUser("/admin/templates/new");
  return (
    <div className="space-y-6">
      <BackLink href="/admin/templates">Templates</BackLink>
      <PageHeader
        title="New template"
        description="A template yields a fresh variant per student: parameters are drawn, the answer is computed by the formula library, and the preview shows sample variants as you edit."
      />
      <TemplateEditor initial={null} functions={describeComputeFunctions()} save={createTemplateAction} preview={previewNewTemplateAction} />
    </div>
  );
}
