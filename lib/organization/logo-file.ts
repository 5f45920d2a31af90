// Organisation logo rules (pure, used by the form and the server): at most 1 MB, a PNG checked by
// its bytes (signature, chunk structure with CRCs, sane dimensions), or an SVG with nothing active in
// it. SVGs are refused, never rewritten, when they carry script, event handlers, external or
// javascript:/data: references, foreignObject, entity declarations or anything outside a small
// allow-list of drawing elements: a logo has no need of them, and a refusal cannot be bypassed by a
// sanitiser's blind spot. The logo is further served with nosniff and, for SVG, a CSP without script.

export const MAX_LOGO_BYTES = 1024 * 1024;
/** The largest side of a PNG logo, in pixels. */
export const MAX_LOGO_SIDE = 4096;

export type LogoContentType = "image/png" | "image/svg+xml";
export type LogoCheck = { ok: true; contentType: LogoContentType } | { ok: false; message: string; tooLarge?: true };

export const LOGO_TOO_LARGE = "The logo is larger than 1 MB. Upload a smaller PNG or SVG file.";
const NOT_A_LOGO = "Upload the logo as a PNG or SVG file.";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | null = null;
/** CRC-32 (as in PNG chunks) of bytes[start, end). */
export function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}

export function isPngSignature(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((m, i) => bytes[i] === m);
}

/** Why these bytes are not a sound PNG logo, or null. */
export function pngProblem(bytes: Uint8Array): string | null {
  if (!isPngSignature(bytes)) return "The file is not a PNG image.";
  let at = 8;
  let first = true;
  let sawData = false;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    const end = at + 8 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end + 4 > bytes.length) return "The PNG file is damaged or cut short.";
    if (crc32(bytes, at + 4, end) !== u32(bytes, end)) return "The PNG file is damaged (a checksum does not match).";
    if (first) {
      if (type !== "IHDR" || length !== 13) return "The PNG file is damaged (no image header).";
      const width = u32(bytes, at + 8);
      const height = u32(bytes, at + 12);
      if (width < 1 || height < 1 || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE) {
        return `The logo must be between 1 and ${MAX_LOGO_SIDE} pixels on each side (this one is ${width} × ${height}).`;
      }
      first = false;
    }
    if (type === "IDAT") sawData = true;
    if (type === "IEND") return sawData && end + 4 === bytes.length ? null : "The PNG file is damaged (data after its end, or no image data).";
    at = end + 4;
  }
  return "The PNG file is damaged or cut short.";
}

/** The width and height of a PNG (its header), for the PDF and the page; null when not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (!isPngSignature(bytes) || bytes.length < 24) return null;
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/** Drawing elements a logo may use (lower case; SVG's camelCase names compared in lower case). */
const SVG_ELEMENTS = new Set([
  "svg", "g", "defs", "title", "desc", "metadata", "symbol", "use",
  "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
  "text", "tspan", "textpath",
  "lineargradient", "radialgradient", "stop", "pattern", "clippath", "mask", "style",
  "filter", "fegaussianblur", "feoffset", "feblend", "fecolormatrix", "fecomposite", "feflood", "femerge", "femergenode", "fedropshadow",
]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&(quot|apos|lt|gt|amp|colon|tab|newline);/gi, (_, name: string) => ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&", colon: ":", tab: "\t", newline: "\n" })[name.toLowerCase()]!);
}

/** A url(...) in CSS or a presentation attribute may only point inside the document (url(#id)). */
function hasOutsideUrl(text: string): boolean {
  const squashed = text.replace(/\\/g, "").replace(/\s+/g, "");
  if (/@import|expression\(|javascript:|behaviou?r:|-moz-binding/i.test(squashed)) return true;
  for (const m of squashed.matchAll(/url\(([^)]*)\)/gi)) {
    const target = m[1]!.replace(/^['"]|['"]$/g, "");
    if (!target.startsWith("#")) return true;
  }
  return false;
}

/** Why this SVG text may not be a logo, or null. */
export function svgProblem(text: string): string | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return "The SVG declares a document type or entities; remove them.";
  const body = text
    .replace(/^\uFEFF/, "")
    .replace(/^\s*<\?xml\s[^?]*\?>/, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  if (/<\?/.test(body)) return "The SVG contains a processing instruction (such as a stylesheet link); remove it.";
  // Whatever the structure below, these never belong in a logo (also inside text a tag parser might miss).
  const flat = decodeEntities(body).replace(/\s+/g, " ");
  if (/<\s*(svg:)?script\b/i.test(flat)) return "The SVG contains a script; logos may not.";
  if (/foreignobject/i.test(flat)) return "The SVG contains foreignObject (embedded HTML); logos may not.";
  if (/[\s"'/]on[a-z]+\s*=/i.test(flat)) return "The SVG has an event handler (on…=); logos may not.";
  if (/(java|vb)script\s*:/i.test(flat.replace(/\s+/g, ""))) return "The SVG contains a javascript: link; logos may not.";
  const tags = [...body.matchAll(/<\s*(\/?)\s*([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)];
  if (!tags.length || tags[0]![1] || tags[0]![2]!.toLowerCase() !== "svg") return "The file is not an SVG image (it must start with <svg>).";
  if (!/\bxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/.test(tags[0]![3]!)) return "The SVG lacks its namespace (xmlns=\"http://www.w3.org/2000/svg\").";
  if (!/<\/\s*svg\s*>\s*$/i.test(body.trim())) return "The SVG is incomplete (no closing </svg>).";
  for (const [, , rawName, attrs] of tags) {
    const name = rawName!.toLowerCase().replace(/^svg:/, "");
    if (name === "script") return "The SVG contains a script; logos may not.";
    if (name === "foreignobject") return "The SVG contains foreignObject (embedded HTML); logos may not.";
    if (!SVG_ELEMENTS.has(name)) return `The SVG contains <${rawName}>, which a logo does not need; remove it.`;
    const attrText = attrs!.replace(/\/\s*$/, "");
    const attrPattern = /([^\s=/>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
    for (const [, attrName, rawValue] of attrText.matchAll(attrPattern)) {
      const key = attrName!.toLowerCase();
      const value = decodeEntities((rawValue ?? "").replace(/^["']|["']$/g, ""));
      if (/^on/.test(key)) return `The SVG has an event handler (${attrName}); logos may not.`;
      if (key === "href" || key.endsWith(":href")) {
        if (!value.trim().startsWith("#")) return "The SVG links to something outside itself (href); logos may only refer to their own parts (#id).";
        continue;
      }
      if (/javascript:|vbscript:/i.test(value.replace(/\s+/g, ""))) return "The SVG contains a javascript: link; logos may not.";
      if (hasOutsideUrl(value)) return "The SVG refers to something outside itself (url(), @import); logos may not.";
    }
  }
  // Text between tags (style sheets, CDATA): no outside references there either.
  const between = body.replace(/<\s*\/?\s*[A-Za-z_][\w:.-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g, " ");
  if (hasOutsideUrl(decodeEntities(between.replace(/<!\[CDATA\[|\]\]>/g, " ")))) return "The SVG's styles refer to something outside it (url(), @import); logos may not.";
  return null;
}

/** Whether an uploaded logo is acceptable, and as which type. A .png name with other content is refused. */
export function checkLogoFile(bytes: Uint8Array, declared?: { filename?: string; contentType?: string }): LogoCheck {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: LOGO_TOO_LARGE, tooLarge: true };
  const ext = declared?.filename?.toLowerCase().split(".").pop();
  const type = declared?.contentType?.split(";")[0]?.trim().toLowerCase();
  const saysPng = ext === "png" || type === "image/png";
  const saysSvg = ext === "svg" || type === "image/svg+xml";
  if (isPngSignature(bytes)) {
    if (saysSvg) return { ok: false, message: "The file is a PNG image, not an SVG." };
    const problem = pngProblem(bytes);
    return problem ? { ok: false, message: problem } : { ok: true, contentType: "image/png" };
  }
  if (saysPng) return { ok: false, message: "The file's content is not a PNG image." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: NOT_A_LOGO };
  }
  if (!/^\uFEFF?\s*(<\?xml\s[^?]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<(svg|!DOCTYPE)/i.test(text)) return { ok: false, message: NOT_A_LOGO };
  if (text.includes("\u0000")) return { ok: false, message: NOT_A_LOGO };
  const problem = svgProblem(text);
  return problem ? { ok: false, message: problem } : { ok: true, contentType: "image/svg+xml" };
}
