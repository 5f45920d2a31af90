// Percent-escapes in a request path that do not decode (`%FF`, `%E0%A4%A`, a lone `%`) make Next's
// router fail with a 500 before any of our code runs. scripts/serve.ts escapes their `%` first, so
// such a segment reaches the app as the literal text it was (`%FF`): an unknown id, a 404 (pure).

/** The request URL with every path segment that does not decode escaped as literal text; the query as sent. */
export function repairPathEscapes(url: string): string {
  const q = url.search(/[?#]/);
  const path = q < 0 ? url : url.slice(0, q);
  if (!path.includes("%")) return url;
  const repaired = path
    .split("/")
    .map((segment) => {
      try {
        decodeURIComponent(segment);
        return segment;
      } catch {
        return segment.replace(/%/g, "%25");
      }
    })
    .join("/");
  return q < 0 ? repaired : repaired + url.slice(q);
}
