// The production server under test (scripts/serve.ts, as `npm start`) on a free port, and a signed-in
// session cookie for pages (next-auth's credentials callback, with its csrf token).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { randomBytes } from "node:crypto";
import { run } from "../lib/run";

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export function waitFor(url: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise<void>((resolve, reject) => {
    const tick = () =>
      fetch(url)
        .then((r) => (r.ok ? resolve() : Promise.reject(new Error(String(r.status)))))
        .catch(() => (Date.now() > until ? reject(new Error(`${url} did not come up`)) : setTimeout(tick, 300)));
    tick();
  });
}

export type App = { base: string; port: number; pid: number | undefined; stop: () => Promise<void> };

export async function startApp({ databaseUrl, poolSize, build }: { databaseUrl: string; poolSize: number; build: boolean }): Promise<App> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    API_RATE_LIMIT_PER_MINUTE: "100000000",
    DATABASE_POOL_SIZE: String(poolSize),
  };
  if (build) await run("npx", ["next", "build"], env, { quiet: true });
  // tsx's CLI under node itself (not through npx), so stopping this pid stops the server.
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d) => (output = (output + d).slice(-4000)));
  child.stderr?.on("data", (d) => (output = (output + d).slice(-4000)));
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`the app server exited (${code})\n${output}`))));
  await Promise.race([waitFor(`${base}/api/health`), exited]);
  exited.catch(() => {});
  return {
    base,
    port,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => (clearTimeout(timer), resolve()));
        child.kill("SIGTERM");
      }),
  };
}

/** Signs in through the credentials provider; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(login);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} failed (${login.status})`);
  return header();
}
