import { getCurrentUser } from "@/lib/server/auth/current-user";
import { exportJson } from "@/lib/server/data/import-export/export-json";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

/** Downloads every template (latest version) and quiz as a Quizformer JSON file. Admins only. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in as an administrator to export." }, { status: 401 });
  try {
    const now = new Date();
    const data = await exportJson({ id: user.id, role: user.role }, now);
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="quizformer-${now.toISOString().slice(0, 10)}.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
