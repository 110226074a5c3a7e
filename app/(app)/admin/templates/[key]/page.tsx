import type { Metadata } from "next";
import Link from "next/link";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { DIFFICULTY_LABELS, DIFFICULTY_TONES, KIND_LABELS } from "@/components/templates/labels";
import { VariantPreview } from "@/components/templates/variant-preview";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getTemplatePreview } from "@/lib/server/data/templates/get-template-preview";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Template preview" };

export default async function TemplatePreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ from?: string }>;
}) {
  const { key } = await params;
  const { actor } = await requireActor(`/admin/templates/${key}`, { admin: true });
  const from = Math.max(0, Math.min(1_000_000, Number((await searchParams).from) || 0));
  const preview = await orPageError(getTemplatePreview(actor, key, { count: 5, firstSeed: from }));
  const { template } = preview;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/templates">Templates</BackLink>
      <PageHeader
        title={template.title}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <Badge tone="brand">{KIND_LABELS[template.kind]}</Badge>
            <Badge tone={DIFFICULTY_TONES[template.difficulty]}>{DIFFICULTY_LABELS[template.difficulty]}</Badge>
            <span>
              {preview.topicTitle} · <code>{template.key}</code> · version {preview.version} of {preview.versions} ·{" "}
              {preview.spaceSize.toLocaleString("en-US")} possible variant{preview.spaceSize === 1 ? "" : "s"}
            </span>
            {template.tags.map((t) => (
              <Badge key={t}>{t}</Badge>
            ))}
          </span>
        }
        actions={
          <>
            {preview.spaceSize > 5 ? (
              <Link className={buttonClasses("secondary", "sm")} href={`/admin/templates/${key}?from=${from + 5}`}>
                Next 5 variants →
              </Link>
            ) : null}
            <Link className={buttonClasses("primary", "sm")} href={`/admin/templates/${key}/edit`}>
              Edit
            </Link>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {preview.variants.map((v, i) => (
          <VariantPreview key={v.seed} variant={v} index={i} />
        ))}
      </div>
    </div>
  );
}
