import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@open-spaced-repetition/binding-linux-x64-gnu"],
  poweredByHeader: false,
  experimental: {
    // Enables forbidden()/unauthorized() so authorization failures render a real 403/401.
    authInterrupts: true,
    // Server actions keep the default 1 MB body limit: question-bank imports (up to 5 MB) go to
    // the route handler /api/admin/import, which counts the bytes it reads and answers 413 beyond.
  },
};

export default nextConfig;
