import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, RESPONSE_SECURITY_HEADERS } from "./lib/http/security-headers";

// Server actions take at most this much body. The question-bank import posts a file of up to 5 MB
// (checked with a clear message) through an action, plus its form fields; Next's default is 1 MB.
// Every other action sends a few KB, but Next has one limit for all of them.
const SERVER_ACTION_BODY_LIMIT = "6mb";
const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@open-spaced-repetition/binding-linux-x64-gnu"],
  poweredByHeader: false,
  experimental: {
    // Enables forbidden()/unauthorized() so authorization failures render a real 403/401.
    authInterrupts: true,
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    // Next keeps a copy of the body of every request the proxy sees (page POSTs: server actions),
    // 10 MB by default and silently cut there. One byte over the action limit: a longer body still
    // reaches the action over its limit and is refused with 413, not parsed cut short.
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT_BYTES + 1,
  },
  async headers() {
    return [
      { source: "/:path*", headers: RESPONSE_SECURITY_HEADERS },
      // Pages get their policy, with a nonce, from proxy.ts; route handlers get this one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
