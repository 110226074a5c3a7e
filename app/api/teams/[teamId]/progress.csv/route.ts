import { csvStream } from "@/lib/progress/csv";
import { parseDateRange } from "@/lib/schemas/date-range";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { getTeamDashboard } from "@/lib/server/data/progress/get-team-dashboard";
import { teamFileName, teamProgressCsvHeader, teamProgressCsvRows } from "@/lib/server/data/progress/team-progress-csv";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

/**
 * The team dashboard's members × topics grid as CSV, for the team's leads and administrators.
 * The period is read as the dashboard reads it (from/to days in the viewer's zone, default the last
 * 30 days); the data layer decides who may download it, exactly as for the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in as a lead of this team to download its progress." }, { status: 401 });
  const now = new Date();
  const query = new URL(request.url).searchParams;
  const parsed = parseDateRange({ from: query.get("from"), to: query.get("to") }, now, user.timeZone);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  const { range } = parsed;
  try {
    // Computed before the response starts, so a refusal is a status code rather than a broken file.
    const dashboard = await getTeamDashboard({ id: user.id, role: user.role }, { teamId, from: range.start, to: range.end }, now);
    return new Response(csvStream(teamProgressCsvHeader(dashboard), teamProgressCsvRows(dashboard)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${teamFileName(dashboard.team.name)}-progress-${range.from}-${range.to}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
