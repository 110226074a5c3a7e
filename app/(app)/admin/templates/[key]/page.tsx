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
import { Pager } from "@/components/ui/pager";
import { formatCount, pluralize } from "@/lib/format/display";

export const metadata: Metadata = { title: "Template preview" };

const PAGE_SIZE = 6;

export default async function TemplatePreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { key } = await params;
  const { actor } = await requireActor(`/admin/templates/${key}`, { admin: true });
  const requested = Number((await searchParams).page) || 1;
  const preview = await orPageError(getTemplatePreview(actor, key, { pageSize: PAGE_SIZE, page: requested }));
  const { template, page, pageCount } = preview;
  const first = (page - 1) * PAGE_SIZE + 1;
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
              {pluralize(preview.spaceSize, "possible variant")}
            </span>
            {template.tags.map((t) => (
              <Badge key={t}>{t}</Badge>
            ))}
          </span>
        }
        actions={
          <>
            <Link className={buttonClasses("primary", "sm")} href={`/admin/templates/${key}/edit`}>
              Edit
            </Link>
          </>
        }
      />
      <section aria-labelledby="variants-heading" className="space-y-4">
        <h2 id="variants-heading" className="text-base font-semibold text-slate-900">
          Variants {formatCount(first)}–{formatCount(first + preview.variants.length - 1)} of {formatCount(preview.spaceSize)}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {preview.variants.map((v, i) => (
            <VariantPreview key={v.seed} variant={v} index={first - 1 + i} />
          ))}
        </div>
        <Pager page={page} pageCount={pageCount} href={(p) => `/admin/templates/${key}?page=${p}`} />
      </section>
    </div>
  );
}
