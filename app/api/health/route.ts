import { checkDatabase } from "@/lib/server/data/instance/check-database";
import { defineRoute } from "@/lib/server/entry/define-route";
import { jsonReply } from "@/lib/server/http/json-reply";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the app and its database answer, 503 otherwise. */
export const GET = defineRoute(
  {
    name: "health",
    auth: "public",
    doc: {
      summary: "Is the app up, and its database?",
      description: "For load balancers and uptime checks. No sign-in.",
      success: { type: "json", description: "`{ status: \"ok\" | \"degraded\", app, database, time }`; 503 with `status: \"degraded\"` when the database doesn't answer." },
    },
  }, async ({ now }) => {
  const database = await checkDatabase();
  const body = {
    status: database.ok ? "ok" : "degraded",
    app: { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    database: database.ok ? { status: "ok", latencyMs: database.latencyMs } : { status: "unreachable" },
    time: now.toISOString(),
  };
  return jsonReply(body, { status: database.ok ? 200 : 503 });
});
