import { z } from "zod";
import type { ImportEvent } from "@/components/import-export/import-state";
import { detectImportFormat } from "@/lib/gift/detect-format";
import { MAX_IMPORT_BYTES } from "@/lib/gift/upload-limit";
import { importGift } from "@/lib/server/data/import-export/import-gift";
import type { ImportProgress } from "@/lib/server/data/import-export/import-progress";
import { importJson } from "@/lib/server/data/import-export/import-json";
import { importMoodleXml } from "@/lib/server/data/import-export/import-moodle-xml";
import { shortenResult } from "@/lib/server/data/import-export/import-result";
import { defineRoute } from "@/lib/server/entry/define-route";
import { toActionError } from "@/lib/server/entry/to-action-error";
import { text as textSchema } from "@/lib/schemas/text";

export const dynamic = "force-dynamic";

const TOPIC = "Choose the topic for questions whose category names none.";
const querySchema = z.object({
  format: z.enum(["auto", "gift", "json", "moodle-xml"], { error: "format must be auto, gift, json or moodle-xml." }).default("auto"),
  defaultTopic: textSchema({ error: TOPIC }).trim().min(1, { error: TOPIC }),
  name: textSchema().max(255).optional(),
});

/** Templates, errors and warnings listed in the answer; the counts always cover all of them. */
const LISTED = 500;
/** Progress lines at most this often (and at every change of phase). */
const PROGRESS_EVERY_MS = 100;

/**
 * Imports a question bank file (Moodle GIFT, Moodle XML or a Quizformer export), sent
 * as the raw body (`Content-Type: application/octet-stream`), at most 5 MB. Query:
 * `defaultTopic` (slug), `format` (auto|gift|json|moodle-xml), `name` (the file's name, for
 * format detection and the report). Refusals come as JSON `{ error }` with their
 * status (413 for a file over the limit, read no further than the limit). Otherwise
 * the answer is NDJSON: progress lines `{ type: "progress", phase, done, total }`,
 * then `{ type: "result", … }` or `{ type: "failed", message }`. Admins only.
 */
export const POST = defineRoute(
  {
    name: "import-questions",
    doc: {
      summary: "Import questions (JSON, GIFT or Moodle XML)",
      description: "The body is the file itself. All or nothing: a file with a problem writes nothing and names each problem with its line.",
      success: { type: "ndjson", description: "Progress as newline-delimited JSON events, ending in one `done` (with what was written) or `failed` (with the problems)." },
    },
    token: "admin",
    auth: "admin",
    signIn: "Sign in as an administrator to import.",
    query: querySchema,
    body: { bytes: { contentType: "application/octet-stream", maxBytes: MAX_IMPORT_BYTES, subject: "The file" } },
    audit: true,
  },
  async ({ actor, query, body }) => {
    const text = new TextDecoder().decode(body);
    if (!text.trim()) return Response.json({ error: "Choose a file, or paste the text to import." }, { status: 400 });
    const { defaultTopic, name } = query;
    const format = query.format === "auto" ? detectImportFormat(name, text) : query.format;

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: ImportEvent) => {
          try {
            controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
          } catch {
            // The browser went away: the import still finishes (or rolls back) as a whole.
          }
        };
        let sentAt = 0;
        let sentPhase: ImportProgress["phase"] | null = null;
        const onProgress = (progress: ImportProgress) => {
          const now = performance.now();
          if (progress.phase === sentPhase && progress.done < progress.total && now - sentAt < PROGRESS_EVERY_MS) return;
          sentAt = now;
          sentPhase = progress.phase;
          send({ type: "progress", ...progress });
        };
        try {
          const result =
            format === "json"
              ? await importJson(actor, { text }, onProgress)
              : format === "moodle-xml"
                ? await importMoodleXml(actor, { text, defaultTopic }, onProgress)
                : await importGift(actor, { text, defaultTopic }, onProgress);
          send({ type: "result", format, source: name ?? "the pasted text", ...shortenResult(result, LISTED) });
        } catch (error) {
          // The response has started: a refusal or a failure travels as the stream's last line.
          const { message, fieldErrors } = toActionError(error, { kind: "route", name: "import-questions", actor });
          send({ type: "failed", message, fieldErrors });
        } finally {
          controller.close();
        }
      },
    });
    // no-transform: a compressing proxy (or the server's own gzip) would hold the progress lines back.
    return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store, no-transform", "x-accel-buffering": "no" } });
  },
);
