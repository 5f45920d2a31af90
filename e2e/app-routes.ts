import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Every page.tsx and route.ts under app/, as a route pattern with its methods. */
export function appRoutes(dir = path.resolve("app"), prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return appRoutes(full, /^\(.*\)$/.test(name) ? prefix : `${prefix}/${name}`);
    if (name === "page.tsx") return [`GET ${prefix || "/"}`];
    if (name !== "route.ts") return [];
    const source = readFileSync(full, "utf8");
    const methods = [...source.matchAll(/export\s+(?:const|function|async function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g), ...source.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    return methods.map((m) => `${m} ${prefix}`);
  });
}
