import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: {
    // Enables forbidden()/unauthorized() so authorization failures render a real 403/401.
    authInterrupts: true,
  },
};

export default nextConfig;
