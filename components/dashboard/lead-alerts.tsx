import Link from "next/link";
import type { LeadAlert } from "@/lib/server/data/dashboard/get-dashboard";
import { pluralize } from "@/lib/format/display";

/** For team leads: what needs their attention in each team they lead. */
export function LeadAlerts({ alerts }: { alerts: LeadAlert[] }) {
  if (alerts.length === 0) return null;
  return (
    <section aria-labelledby="lead-alerts">
      <h2 id="lead-alerts" className="mb-3 text-lg font-semibold">
        Your teams need
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {alerts.map((a) => {
          const calm = a.overdueMembers === 0 && a.quizzesToReview.length === 0;
          return (
            <li key={a.teamId} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h3 className="font-semibold text-slate-900">
                <Link href={`/teams/${a.teamId}`} className="hover:underline">
                  {a.teamName}
                </Link>{" "}
                <span className="text-sm font-normal text-slate-600">· {pluralize(a.members, "member")}</span>
              </h3>
              <ul className="mt-2 space-y-1 text-sm">
                {calm ? <li className="text-slate-600">Nothing needs you: no overdue reviews, no questions flagged for review.</li> : null}
                {a.overdueMembers > 0 ? (
                  <li>
                    <Link href={`/teams/${a.teamId}/progress`} className="font-medium text-amber-800 hover:underline">
                      {a.overdueMembers} of {pluralize(a.members, "member")} {a.overdueMembers === 1 ? "has" : "have"} overdue reviews
                    </Link>
                  </li>
                ) : null}
                {a.quizzesToReview.map((q) => (
                  <li key={q.quizId}>
                    <Link href={`/teams/${a.teamId}/quizzes/${q.quizId}`} className="font-medium text-amber-800 hover:underline">
                      {q.title}: {pluralize(q.questions, "question")} to review
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
