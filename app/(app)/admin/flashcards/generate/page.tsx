import type { Metadata } from "next";
import { z } from "zod";
import { PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-fields";
import { GenerateForm } from "@/components/card-editor/generate-form";
import { DIFFICULTY_LABELS, KIND_LABELS } from "@/components/templates/labels";
import { requireActor } from "@/lib/server/entry/require-actor";
import { listComputedCardCandidates } from "@/lib/server/data/card-notes/list-computed-card-candidates";
import { listTemplateTags } from "@/lib/server/data/templates/list-template-tags";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { orPageError } from "@/lib/server/entry/page-guard";
import { generateComputedCardsAction } from "./actions";
import { text } from "@/lib/schemas/text";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Generate computed cards" };

const empty = (v: unknown) => (v === "" ? undefined : v);
const filterSchema = z.object({
  topic: z.preprocess(empty, text().max(80).optional()).catch(undefined),
  tag: z.preprocess(empty, text().max(40).optional()).catch(undefined),
  difficulty: z.preprocess(empty, z.enum(["EASY", "MEDIUM", "HARD"]).optional()).catch(undefined),
});


export default async function GenerateCardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireActor("/admin/flashcards/generate", { admin: true });
  const [topics, tags] = await Promise.all([listTopics(), listTemplateTags(actor)]);
  const parsed = filterSchema.parse(await searchParams);
  const topic = topics.find((t) => t.slug === parsed.topic) ?? topics[0];
  const candidates = topic ? await orPageError(listComputedCardCandidates(actor, { topic: topic.slug, tag: parsed.tag, difficulty: parsed.difficulty })) : [];
  return (
    <div className="space-y-6">
      <BackLink href="/admin/flashcards">Flashcards</BackLink>
      <PageHeader
        title="Generate computed cards"
        description="A computed card asks a template with fresh numbers at every review. Pick a topic to see its templates that have no card yet, and create cards for the ones you choose in one step."
      />
      <form role="search" aria-label="Templates to list" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]">
        <FilterSelect id="gen-topic" name="topic" label="Topic" value={topic?.slug} options={topics.map((t) => ({ value: t.slug, label: t.title }))} />
        <FilterSelect id="gen-tag" name="tag" label="Tag (optional)" value={parsed.tag} emptyLabel="Any" options={tags.map((t) => ({ value: t, label: t }))} />
        <FilterSelect id="gen-difficulty" name="difficulty" label="Difficulty (optional)" value={parsed.difficulty} emptyLabel="Any" options={["EASY", "MEDIUM", "HARD"].map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] ?? d }))} />
        <div className="flex items-end">
          <button className={buttonClasses("secondary", "sm")}>Show templates</button>
        </div>
      </form>
      {topic ? (
        <GenerateForm
          key={`${topic.slug}|${parsed.tag ?? ""}|${parsed.difficulty ?? ""}`}
          topic={topic.slug}
          candidates={candidates.map((c) => ({ key: c.key, title: c.title, kindLabel: KIND_LABELS[c.kind] ?? c.kind, difficultyLabel: DIFFICULTY_LABELS[c.difficulty] ?? c.difficulty, tags: c.tags }))}
          action={generateComputedCardsAction}
        />
      ) : null}
    </div>
  );
}
