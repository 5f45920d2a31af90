// The pg pool behind Prisma, with two repairs for connections that break (a restart or failover
// of PostgreSQL, a network cut), both decided from the connection's state, never an error's text:
// - pg's own errors for a broken connection, and the pool's connect timeout, carry no code: they
//   become ConnectionLostError (lib/errors.ts), so the caller answers 503, not 500;
// - Prisma never gives back the connection of a transaction whose connection broke (its ROLLBACK
//   fails first), which would cost the pool one connection per outage until none is left: a
//   checked-out client whose connection ended is given back broken (the pool drops it), once.
import pg from "pg";
import { ConnectionLostError } from "@/lib/errors";

type Callback = (error: unknown, ...rest: unknown[]) => void;
type Release = (error?: Error | boolean) => void;

const hasCode = (error: unknown) => typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";

class Client extends pg.Client {
  #broken = false;
  #giveBack: Release | undefined;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Listening keeps an error on a client nobody else listens to from ending the process.
    this.on("error", () => undefined);
    this.on("end", () => {
      this.#broken = true;
      this.release(new ConnectionLostError(undefined));
    });
  }

  // A client emits "error" only when its connection fails (a query's own errors go to the query),
  // and the pool passes that error on to the query that holds the client.
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === "error") {
      this.#broken = true;
      if (!hasCode(args[0])) args[0] = new ConnectionLostError(args[0]);
    }
    return super.emit(event, ...args);
  }

  // pg-pool sets `release` when it hands the client out, and throws if it is called twice.
  set release(giveBack: Release) {
    this.#giveBack = giveBack;
  }

  get release(): Release {
    return (error) => {
      const giveBack = this.#giveBack;
      this.#giveBack = undefined;
      giveBack?.(error);
    };
  }

  #explain = (error: unknown) => (this.#broken && !hasCode(error) ? new ConnectionLostError(error) : error);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads, passed through
  override query(...args: any[]): any {
    const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
    const last: unknown = args[args.length - 1];
    if (typeof last === "function") {
      return query.apply(this, [...args.slice(0, -1), (error: unknown, ...rest: unknown[]) => (last as Callback)(error && this.#explain(error), ...rest)]);
    }
    const result = query.apply(this, args);
    return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(this.#explain(error))) : result;
  }
}

class Pool extends pg.Pool {
  // Not getting a connection at all (refused, timed out, terminated while opening): unavailable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads, passed through
  override connect(...args: any[]): any {
    const explain = (error: unknown) => (hasCode(error) ? error : new ConnectionLostError(error));
    const callback: unknown = args[0];
    if (typeof callback === "function") {
      return super.connect((error, client, done) => (callback as Callback)(error && explain(error), client, done));
    }
    return super.connect().catch((error: unknown) => Promise.reject(explain(error)));
  }
}

export function createPool(config: pg.PoolConfig): pg.Pool {
  return new Pool({ ...config, Client });
}
