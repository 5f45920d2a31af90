import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/limits";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Server actions take at most 6 MB (lib/limits.ts; proxy.ts answers 413 above it). Evidence files
    // (10 MB) and vendor documents (25 MB) go through route handlers, whose bodies the proxy buffers
    // up to the limit below; each handler refuses more than its own limit by Content-Length first.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: "26mb",
  },
  // piscina starts its workers from its own files; the PDF worker itself (lib/pdf/worker.mjs) is
  // found from process.cwd(), like the PDF fonts: `npm start` runs from the project directory.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs", "exceljs", "piscina", "pg-boss", "pdfjs-dist", "mammoth", "html-to-text"],
  // Static files skip the proxy: they get the request-independent headers here.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(staticSecurityHeaders()).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
