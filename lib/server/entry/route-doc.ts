import type { z } from "zod";

/**
 * A route's entry in the API description (/api/openapi.json), written beside its handler. The
 * parameters, query, body, scope and error answers come from the route's spec itself; this adds
 * what only words can say, and what a success answers with.
 */
export type RouteDoc = {
  summary: string;
  description?: string;
  success: {
    status?: number;
    /** json: a JSON body (with a schema when the route has one); the others are files or streams. */
    type: "json" | "csv" | "apkg" | "ndjson" | "gift" | "xml";
    description: string;
    schema?: z.ZodType;
  };
};
