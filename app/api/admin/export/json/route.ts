import { exportJson } from "@/lib/server/data/import-export/export-json";
import { defineRoute } from "@/lib/server/entry/define-route";

export const dynamic = "force-dynamic";

/** Downloads every template (latest version) and quiz as a Quizformer JSON file. Admins only. */
export const GET = defineRoute(
  {
    name: "export-json",
    auth: "admin",
    token: "admin",
    signIn: "Sign in as an administrator to export.",
    audit: true,
    doc: { summary: "Export the question bank as JSON", success: { type: "json", description: "Every template (its current definition) and card note, in the format the import reads." } },
  }, async ({ actor, now }) => {
  const data = await exportJson(actor, now);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="quizformer-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
