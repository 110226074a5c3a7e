import { z } from "zod";
import { csvStream } from "@/lib/progress/csv";
import { parseDateRange } from "@/lib/schemas/date-range";
import { getTeamMemberProgress } from "@/lib/server/data/progress/get-team-member-progress";
import { teamFileName, teamProgressCsvHeader, teamProgressCsvRows } from "@/lib/progress/team-progress-csv";
import { defineRoute } from "@/lib/server/entry/define-route";
import { text } from "@/lib/schemas/text";
import { recordIdSchema } from "@/lib/schemas/ids";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ teamId: recordIdSchema });
const querySchema = z.object({ from: text().max(40).optional(), to: text().max(40).optional() });

/**
 * The team progress page's members × topics grid as CSV, for the team's leads and administrators.
 * The period is read as the page reads it (from/to days in the viewer's zone, default the last
 * 30 days); the data layer decides who may download it, exactly as for the page.
 */
export const GET = defineRoute(
  {
    name: "export-team-progress",
    auth: "user",
    token: "progress:read",
    signIn: "Sign in as a lead of this team to download its progress.",
    params: paramsSchema,
    query: querySchema,
    doc: { summary: "A team's progress, as CSV", description: "For the team's leads and administrators; `from` and `to` (dates) bound the period.", success: { type: "csv", description: "One row per member and topic." } },
  },
  async ({ actor, user, params, query, now }) => {
    const parsed = parseDateRange({ from: query.from ?? null, to: query.to ?? null }, now, user.timeZone);
    if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
    const { range } = parsed;
    // Computed before the response starts, so a refusal is a status code rather than a broken file.
    const progress = await getTeamMemberProgress(actor, { teamId: params.teamId, from: range.start, to: range.end }, now);
    return new Response(csvStream(teamProgressCsvHeader(progress), teamProgressCsvRows(progress)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${teamFileName(progress.team.name)}-progress-${range.from}-${range.to}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
);
