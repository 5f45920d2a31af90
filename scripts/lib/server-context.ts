// Domain modules start with `import "server-only"`, which throws outside Next's server bundles.
// Scripts (seed, jobs, bench) are server code too: each imports this first, which makes that
// marker resolve to an empty module for the rest of the process, as Next's server build does.
import Module from "node:module";
import path from "node:path";

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
const empty = path.join(__dirname, "..", "..", "tests", "empty-module.ts");

loader._resolveFilename = function (this: unknown, request, ...rest) {
  return request === "server-only" ? empty : resolve.call(this, request, ...rest);
};
