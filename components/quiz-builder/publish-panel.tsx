"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type TeamWindow = { opensAt: string; closesAt: string };

type Props = {
  quizId: string;
  published: boolean;
  publishedToAll: boolean;
  teamIds: string[];
  /** Each chosen team's own dates ("" takes the quiz's), wall-clock times in `timeZone`. */
  teamWindows: Record<string, TeamWindow>;
  timeZone: string;
  teams: { id: string; name: string }[];
  publish: (input: unknown) => Promise<ActionResult>;
  unpublish: (quizId: string) => Promise<ActionResult>;
};

const dateClass = "mt-0.5 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
const NO_DATES: TeamWindow = { opensAt: "", closesAt: "" };

/** Who can take the quiz (everyone signed in, or members of chosen teams) and, per team, its own dates. */
export function PublishPanel({ quizId, published, publishedToAll, teamIds, teamWindows, timeZone, teams, publish, unpublish }: Props) {
  const router = useRouter();
  const [audience, setAudience] = useState<"everyone" | "teams">(published && !publishedToAll ? "teams" : "everyone");
  const [chosen, setChosen] = useState<string[]>(teamIds);
  const [windows, setWindows] = useState<Record<string, TeamWindow>>(teamWindows);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};
  const run = (fn: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const r = await fn();
      setResult(r);
      if (r.ok) router.refresh();
    });
  const setWindow = (teamId: string, patch: Partial<TeamWindow>) => setWindows((w) => ({ ...w, [teamId]: { ...(w[teamId] ?? NO_DATES), ...patch } }));
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
            <div className="ml-6 space-y-3">
              <p className="text-xs text-slate-600">A team may have its own dates ({timeZone}); empty fields take the quiz&apos;s.</p>
              {teams.map((t) => {
                const on = chosen.includes(t.id);
                const w = windows[t.id] ?? NO_DATES;
                const opensError = errors[`teamWindows.${t.id}.opensAt`];
                const closesError = errors[`teamWindows.${t.id}.closesAt`];
                return (
                  <div key={t.id}>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" checked={on} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t.id] : c.filter((x) => x !== t.id)))} className="accent-brand-600" />
                      {t.name}
                    </label>
                    {on ? (
                      <div className="mt-1 ml-6 grid gap-2 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
                        <label className="text-xs text-slate-700">
                          Opens for {t.name}
                          <input type="datetime-local" value={w.opensAt} onChange={(e) => setWindow(t.id, { opensAt: e.target.value })} aria-invalid={Boolean(opensError)} className={dateClass} />
                          {opensError ? <span className="text-red-700">{opensError}</span> : null}
                        </label>
                        <label className="text-xs text-slate-700">
                          Closes for {t.name}
                          <input type="datetime-local" value={w.closesAt} onChange={(e) => setWindow(t.id, { closesAt: e.target.value })} aria-invalid={Boolean(closesError)} className={dateClass} />
                          {closesError ? <span className="text-red-700">{closesError}</span> : null}
                        </label>
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          ) : (
            <p className="ml-6 text-sm text-slate-500">No teams yet.</p>
          )
        ) : null}
      </fieldset>
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.message ?? ""}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          disabled={pending}
          onClick={() =>
            run(() =>
              publish({
                quizId,
                audience,
                teamIds: audience === "teams" ? chosen : [],
                teamWindows: audience === "teams" ? Object.fromEntries(chosen.map((id) => [id, windows[id] ?? NO_DATES])) : {},
              }),
            )
          }
        >
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
