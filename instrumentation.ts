import type { Instrumentation } from "next";

/** One JSON line per failed request, for any log shipper; no stack traces in the page. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { isDatabaseUnreachable, summarizeError } = await import("@/lib/server/log");
  const e = error as { digest?: string; name?: string };
  console.error(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "error",
      event: isDatabaseUnreachable(error) ? "database_unreachable" : "request_error",
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      error: e.name ?? "Error",
      message: summarizeError(error),
      digest: e.digest,
    }),
  );
};
