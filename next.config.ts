import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Workbook imports go through server actions (limit 5 MB); evidence files (10 MB) through a route
    // handler, whose body the proxy buffers: both limits sit above the application's own checks.
    serverActions: { bodySizeLimit: "6mb" },
    proxyClientMaxBodySize: "12mb",
  },
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs", "exceljs"],
  // Static files skip the proxy: they get the request-independent headers here.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(staticSecurityHeaders()).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
