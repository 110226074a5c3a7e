import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@open-spaced-repetition/binding-linux-x64-gnu"],
  poweredByHeader: false,
  experimental: {
    // Enables forbidden()/unauthorized() so authorization failures render a real 403/401.
    authInterrupts: true,
    // Question-bank imports may be up to 5 MB (checked with a clear message); the default is 1 MB.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
