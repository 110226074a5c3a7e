import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, RESPONSE_SECURITY_HEADERS } from "./lib/http/security-headers";

// Server actions take at most this much body (Next's default, set on purpose): every action sends a
// few KB. Question-bank imports (up to 5 MB) go to the route handler /api/admin/import, which counts
// the bytes it reads and answers 413 beyond.
const SERVER_ACTION_BODY_LIMIT = "1mb";
const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@open-spaced-repetition/binding-linux-x64-gnu", "sql.js", "nodemailer"],
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
  // Old addresses of renamed pages keep working for bookmarks and shared links.
  async redirects() {
    return [
      { source: "/review", destination: "/flashcards", permanent: true },
      { source: "/review/cards", destination: "/flashcards/browse", permanent: true },
      { source: "/review/:page(stats|settings)", destination: "/flashcards/:page", permanent: true },
      { source: "/admin/questions/:path*", destination: "/admin/templates/:path*", permanent: true },
      { source: "/admin/cards/:path*", destination: "/admin/flashcards/:path*", permanent: true },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: RESPONSE_SECURITY_HEADERS },
      // A password link's token is in the path: not even this site's own pages get it as a Referer.
      { source: "/welcome/:token", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/reset-password/:token", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // Pages get their policy, with a nonce, from proxy.ts; route handlers get this one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
