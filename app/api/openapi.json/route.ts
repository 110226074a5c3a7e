import { defineRoute } from "@/lib/server/entry/define-route";
import { jsonReply } from "@/lib/server/http/json-reply";
import { buildOpenApi } from "@/lib/server/openapi/build-openapi";
import packageJson from "@/package.json";
import { API_ROUTES } from "./routes";

let built: Record<string, unknown> | undefined;

/** The JSON API's description (OpenAPI 3.1), public: it describes, it doesn't grant. */
export const GET = defineRoute(
  {
    name: "get-openapi",
    auth: "public",
    doc: { summary: "This description of the JSON API", success: { type: "json", description: "An OpenAPI 3.1 document." } },
  },
  async () => {
    built ??= buildOpenApi([...API_ROUTES, { path: "/api/openapi.json", handlers: { GET } }], packageJson.version);
    return jsonReply(built);
  },
);
