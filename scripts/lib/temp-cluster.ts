// A PostgreSQL cluster of a test's own, in a temporary folder on a free port, for tests that stop and
// start the database server (tests/integration/database-fault.test.ts) and so must never touch the
// shared one. PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres`
// system user (through runuser), otherwise to whoever runs the test.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const exec = promisify(execFile);
const OWNER = "postgres";

/** The folder of initdb and pg_ctl (PG_BIN, else the newest /usr/lib/postgresql/<version>/bin), or null. */
export function findPostgresBin(): string | null {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type TempCluster = {
  port: number;
  /** The URL of a database of this cluster. */
  url: (database?: string) => string;
  createDatabase: (name: string) => Promise<string>;
  start: () => Promise<void>;
  /** fast: clients are disconnected, a clean shutdown; immediate: as if the server had crashed. */
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  /** Stops the server if it runs and deletes the folder. */
  destroy: () => Promise<void>;
};

/** initdb into a temporary folder, then starts it on a free port of 127.0.0.1 (trust authentication). */
export async function startTempCluster(bin: string): Promise<TempCluster> {
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(path.join(os.tmpdir(), "vendorscope-pg-"));
  const data = path.join(root, "data");
  const pgCommand = async (tool: string, args: string[]) => {
    const [command, all] = asRoot ? ["runuser", ["-u", OWNER, "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    try {
      await exec(command, all, { timeout: 60_000 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${tool} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`, { cause: error });
    }
  };
  try {
    if (asRoot) {
      const [uid, gid] = await Promise.all([exec("id", ["-u", OWNER]), exec("id", ["-g", OWNER])]);
      chownSync(root, Number(uid.stdout), Number(gid.stdout));
    }
    await pgCommand("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c shared_buffers=16MB`;
  let running = false;
  const url = (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const cluster: TempCluster = {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async start() {
      await pgCommand("pg_ctl", ["-D", data, "-o", options, "-l", path.join(root, "server.log"), "-w", "start"]);
      running = true;
    },
    async stop(mode = "fast") {
      await pgCommand("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
      running = false;
    },
    async destroy() {
      try {
        if (running) await cluster.stop("immediate");
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}
