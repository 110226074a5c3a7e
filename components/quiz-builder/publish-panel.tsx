"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  quizId: string;
  published: boolean;
  publishedToAll: boolean;
  teamIds: string[];
  teams: { id: string; name: string }[];
  publish: (input: unknown) => Promise<ActionResult>;
  unpublish: (quizId: string) => Promise<ActionResult>;
};

/** Who can take the quiz: everyone signed in, or members of chosen teams. */
export function PublishPanel({ quizId, published, publishedToAll, teamIds, teams, publish, unpublish }: Props) {
  const router = useRouter();
  const [audience, setAudience] = useState<"everyone" | "teams">(published && !publishedToAll ? "teams" : "everyone");
  const [chosen, setChosen] = useState<string[]>(teamIds);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const r = await fn();
      setResult(r);
      if (r.ok) router.refresh();
    });
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Status: <strong>{published ? (publishedToAll ? "published to everyone" : "published to chosen teams") : "not published"}</strong>
      </p>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Audience</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="audience" checked={audience === "everyone"} onChange={() => setAudience("everyone")} className="accent-brand-600" /> Everyone signed in
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="audience" checked={audience === "teams"} onChange={() => setAudience("teams")} className="accent-brand-600" /> Only these teams:
        </label>
        {audience === "teams" ? (
          teams.length ? (
            <div className="ml-6 grid gap-1 sm:grid-cols-2">
              {teams.map((t) => (
                <label key={t.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={chosen.includes(t.id)}
                    onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t.id] : c.filter((x) => x !== t.id)))}
                    className="accent-brand-600"
                  />
                  {t.name}
                </label>
              ))}
            </div>
          ) : (
            <p className="ml-6 text-sm text-slate-500">No teams yet.</p>
          )
        ) : null}
      </fieldset>
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.message ?? ""}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => run(() => publish({ quizId, audience, teamIds: audience === "teams" ? chosen : [] }))}>
          {published ? "Update audience" : "Publish"}
        </Button>
        {published ? (
          <Button type="button" variant="danger" disabled={pending} onClick={() => run(() => unpublish(quizId))}>
            Unpublish
          </Button>
        ) : null}
      </div>
    </div>
  );
}
