import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Badge, PageHeader } from "@/components/ui/card";
import { CardEditor } from "@/components/card-editor/card-editor";
import { DeleteCard } from "@/components/card-editor/delete-card";
import { DIFFICULTY_LABELS } from "@/components/templates/labels";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getCardNote } from "@/lib/server/data/card-notes/get-card-note";
import { listTemplates } from "@/lib/server/data/templates/list-templates";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { orPageError } from "@/lib/server/entry/page-guard";
import { previewComputedCardAction } from "@/app/(app)/admin/flashcards/actions";
import { deleteCardNoteAction, updateCardNoteAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit card" };

const KIND_NAMES = { basic: "Basic", cloze: "Cloze", computed: "Computed" } as const;

export default async function EditCardPage({ params, searchParams }: { params: Promise<{ key: string }>; searchParams: Promise<{ created?: string }> }) {
  const { key } = await params;
  const { actor } = await requireActor(`/admin/flashcards/${key}/edit`, { admin: true });
  const [edit, topics, templates] = await Promise.all([orPageError(getCardNote(actor, key)), listTopics(), listTemplates(actor, { status: "ACTIVE" })]);
  const created = (await searchParams).created === "1";
  const { note, usage } = edit;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/flashcards">Flashcards</BackLink>
      <PageHeader
        title="Edit card"
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <code className="break-all">{key}</code>
            <Badge tone="brand">{KIND_NAMES[note.kind]}</Badge>
            {edit.builtIn ? <Badge>Built-in</Badge> : null}
          </span>
        }
      />
      {created ? <Alert tone="success">Card created{usage.students ? ` and added to ${usage.students} student deck${usage.students === 1 ? "" : "s"}` : ""}.</Alert> : null}
      {edit.builtIn ? (
        <p className="text-sm text-slate-600">Ships with Quizformer. Your edits stay when the app restarts; a later release that changes this card replaces them.</p>
      ) : null}
      <CardEditor
        initial={note}
        topics={topics.map((t) => ({ slug: t.slug, title: t.title }))}
        templates={templates.map((t) => ({ key: t.key, title: t.title, topic: t.topic.slug, difficulty: DIFFICULTY_LABELS[t.difficulty] ?? t.difficulty }))}
        existing={usage.byOrdinal}
        save={updateCardNoteAction.bind(null, key)}
        previewTemplate={previewComputedCardAction}
      />
      <section aria-labelledby="danger" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="danger" className="text-base font-semibold text-slate-900">
          Delete
        </h2>
        <DeleteCard students={usage.students} reviewedBy={usage.reviewedBy} reviews={usage.reviews} action={deleteCardNoteAction.bind(null, key)} />
      </section>
    </div>
  );
}
