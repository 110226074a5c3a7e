import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { CardEditor } from "@/components/card-editor/card-editor";
import { DIFFICULTY_LABELS } from "@/components/templates/labels";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listTemplates } from "@/lib/server/data/templates/list-templates";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { previewComputedCardAction } from "../actions";
import { createCardNoteAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New card" };

export default async function NewCardPage() {
  const { actor } = await requireActor("/admin/flashcards/new", { admin: true });
  const [topics, templates] = await Promise.all([listTopics(), listTemplates(actor, { status: "ACTIVE" })]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/flashcards">Flashcards</BackLink>
      <PageHeader title="New card" description="Students who have the topic's deck get the new card at once; the preview shows it as they will." />
      <CardEditor
        initial={null}
        topics={topics.map((t) => ({ slug: t.slug, title: t.title }))}
        templates={templates.map((t) => ({ key: t.key, title: t.title, topic: t.topic.slug, difficulty: DIFFICULTY_LABELS[t.difficulty] ?? t.difficulty }))}
        existing={null}
        save={createCardNoteAction}
        previewTemplate={previewComputedCardAction}
      />
    </div>
  );
}
