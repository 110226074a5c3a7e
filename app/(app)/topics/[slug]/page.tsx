import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/server/auth/current-user";
import { NotFoundError } from "@/lib/server/errors";
import { getTopic } from "@/lib/server/data/get-topic";

type Props = { params: Promise<{ slug: string }> };

async function loadTopic(slug: string) {
  try {
    return await getTopic(slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await loadTopic(slug)).title };
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/topics/${slug}`);
  const topic = await loadTopic(slug);
  return (
    <div className="space-y-6">
      <Link href="/dashboard" className="text-sm text-brand-700 hover:underline">
        ← All topics
      </Link>
      <PageHeader title={topic.title} description={topic.summary} />
      <div className="grid gap-4 md:grid-cols-3">
        {["Quiz", "Flashcards", "Lab"].map((part) => (
          <Card key={part} className="border-dashed">
            <h2 className="font-semibold">{part}</h2>
            <p className="mt-1 text-sm text-slate-600">Arrives with the next releases of Quizformer.</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
