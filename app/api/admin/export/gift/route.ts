import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { exportGift } from "@/lib/server/data/import-export/export-gift";
import { isAppError } from "@/lib/server/errors";
import { text } from "@/lib/schemas/text";

export const dynamic = "force-dynamic";

const VARIANTS = "variants must be a whole number from 1 to 20.";
const querySchema = z.object({
  variants: z.coerce.number({ error: VARIANTS }).int({ error: VARIANTS }).min(1, { error: VARIANTS }).max(20, { error: VARIANTS }).default(3),
  topic: text()
    .regex(/^[a-z0-9-]+$/, { error: "topic must be a topic slug, e.g. rope." })
    .optional(),
});

/**
 * Downloads the active templates as Moodle GIFT. `?variants=N` (1–20, default 3):
 * concrete variants per parameterised template; `?topic=slug`: one topic only. Admins only.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in as an administrator to export." }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const query = querySchema.safeParse({ variants: params.get("variants") || undefined, topic: params.get("topic") || undefined });
  if (!query.success) return Response.json({ error: query.error.issues.map((i) => i.message).join(" ") }, { status: 400 });
  try {
    const now = new Date();
    const { text } = await exportGift({ id: user.id, role: user.role }, query.data, now);
    return new Response(text, {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="quizformer-${query.data.topic ?? "all"}-${now.toISOString().slice(0, 10)}.gift"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
