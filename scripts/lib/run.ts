import { spawn } from "node:child_process";

/** Runs a command asynchronously (never spawnSync: it would freeze an in-process database). */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})${output ? `\n${output}` : ""}`));
    });
  });
}

export const PRISMA_OFFLINE_ENV = {
  PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
  PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null",
};

/** `prisma migrate deploy` against the given database. */
export function migrateDeploy(databaseUrl: string, options: { quiet?: boolean } = {}) {
  return run("npx", ["prisma", "migrate", "deploy"], { ...process.env, ...PRISMA_OFFLINE_ENV, DATABASE_URL: databaseUrl }, options);
}
