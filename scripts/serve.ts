// `npm start`: the production server. `next start` behind a thin Node HTTP server that decides who
// the client is from the socket (and from trusted proxies only, TRUST_PROXY_HOPS), before Next or the
// sign-in lockout read X-Forwarded-* headers a client could have made up, and that escapes a path
// segment Next's router cannot decode (`/respond/%FF` would be a 500; it becomes an unknown id).
// Options as next start: -p/--port (PORT, 3000), -H/--hostname (HOSTNAME, all interfaces),
// --keepAliveTimeout <ms>.
import { createServer } from "node:http";
import next from "next";
import { rewriteForwarded, trustedHops } from "../lib/http/forwarded";
import { repairPathEscapes } from "../lib/http/path-escapes";

function option(names: string[]): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const port = Number(option(["-p", "--port"]) ?? process.env.PORT ?? 3000);
  const hostname = option(["-H", "--hostname"]) ?? process.env.HOSTNAME;
  const keepAlive = Number(option(["--keepAliveTimeout"]) ?? 5000);
  const hops = trustedHops(process.env);
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    rewriteForwarded(req.headers, req.socket.remoteAddress, hops);
    if (req.url) req.url = repairPathEscapes(req.url);
    void handle(req, res);
  });
  server.keepAliveTimeout = keepAlive;
  server.headersTimeout = keepAlive + 1000;
  server.listen(port, hostname, () => {
    console.log(`✓ Ready in ${Math.round(process.uptime() * 1000)}ms on http://${hostname ?? "localhost"}:${port}${hops ? ` (trusting ${hops} proxy hop${hops === 1 ? "" : "s"})` : ""}`);
  });
  // The API rate counts of this process are added to the database once a second: the last second's
  // are written before it exits (lib/server/throttle/api-rate-limit.ts puts the hook on globalThis).
  const flushRates = (globalThis as { vendorscopeFlushApiRates?: () => Promise<void> }).vendorscopeFlushApiRates;
  const stop = () => server.close(() => void Promise.resolve(flushRates?.()).catch(() => {}).finally(() => process.exit(0)));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
