import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs"],
};

export default nextConfig;
