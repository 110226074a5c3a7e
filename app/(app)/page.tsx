import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { TopicGrid } from "@/components/topics/topic-grid";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listTopics } from "@/lib/server/data/topics/list-topics";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";

const FEATURES = [
  { title: "Computed questions", text: "Every numeric question is a template: your numbers differ from your neighbour's, and the answer comes with worked steps and a source." },
  { title: "Spaced repetition", text: "Flashcards scheduled by FSRS, the algorithm Anki uses. Computed cards show a fresh variant at each review." },
  { title: "Labs in the browser", text: "Small models that really run on the page: attention masks, RoPE rotations, quantizing an MLP, a toy RLHF loop, LoRA." },
  { title: "Teams", text: "Leads invite their group by link and follow mastery per topic, retention and due reviews." },
];

export default async function LandingPage() {
  if (await needsSetup()) redirect("/setup");
  const [user, topics] = await Promise.all([getCurrentUser(), listTopics()]);
  return (
    <div className="space-y-14">
      <section className="pt-4 sm:pt-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">Self-hosted learning for LLM engineers</p>
        <h1 className="mt-3 max-w-3xl text-3xl font-semibold tracking-tight text-slate-900 sm:text-5xl">
          Learn the method, not a number.
        </h1>
        <p className="mt-4 max-w-2xl text-base leading-relaxed text-slate-600 sm:text-lg">
          Quizformer teaches sliding-window attention, RoPE, quantization, RLHF and parameter-efficient fine-tuning with quizzes whose
          answers are computed, flashcards on a spaced-repetition schedule, and labs that run in your browser.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {user ? (
            <Link href="/dashboard" className={buttonClasses("primary")}>
              Go to your dashboard
            </Link>
          ) : (
            <>
              <Link href="/signup" className={buttonClasses("primary")}>
                Create an account
              </Link>
              <Link href="/signin" className={buttonClasses("secondary")}>
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="text-lg font-semibold text-slate-900">
          Five topics
        </h2>
        <div className="mt-4">
          <TopicGrid topics={topics} linked={Boolean(user)} />
        </div>
      </section>

      <section aria-labelledby="features-heading" className="pb-8">
        <h2 id="features-heading" className="text-lg font-semibold text-slate-900">
          How it works
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {FEATURES.map((f) => (
            <li key={f.title} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold text-slate-900">{f.title}</h3>
              <p className="mt-1 text-sm leading-relaxed text-slate-600">{f.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
