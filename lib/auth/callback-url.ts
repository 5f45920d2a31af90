// Where to go after signing in (pure). Only a path of this application is accepted, read the way a
// browser reads it: "/\evil.example" and "/\t/evil.example" are other sites to a browser (a
// backslash is a slash, tabs and newlines are dropped), so they, and anything that fails to parse,
// go to "/".

/** A placeholder origin: what matters is whether the value, resolved against it, stays on it. */
const HERE = "https://vendorscope.invalid";

export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  // Control characters and backslashes have no place in a path we would send someone to.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
