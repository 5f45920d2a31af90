// Evidence upload rules (pure): size limit, and the content must be what its name says.

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const KINDS: { ext: string[]; type: string; sniff: (b: Uint8Array) => boolean }[] = [
  { ext: ["pdf"], type: "application/pdf", sniff: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { ext: ["png"], type: "image/png", sniff: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { ext: ["jpg", "jpeg"], type: "image/jpeg", sniff: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { ext: ["docx"], type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", sniff: isZip },
  { ext: ["xlsx"], type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sniff: isZip },
  { ext: ["txt", "md", "log"], type: "text/plain", sniff: isText },
  { ext: ["csv"], type: "text/csv", sniff: isText },
  { ext: ["json"], type: "application/json", sniff: isText },
];

export const EVIDENCE_EXTENSIONS = KINDS.flatMap((k) => k.ext);

function starts(bytes: Uint8Array, magic: number[]) {
  return magic.every((m, i) => bytes[i] === m);
}

function isZip(bytes: Uint8Array) {
  return starts(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

function isText(bytes: Uint8Array) {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.length === bytes.length ? head : head.subarray(0, lastCharBoundary(head)));
    return true;
  } catch {
    return false;
  }
}

/** Cuts at a UTF-8 boundary so a multi-byte character split by the 4 KiB window is not an error. */
function lastCharBoundary(b: Uint8Array) {
  let end = b.length;
  while (end > 0 && (b[end - 1]! & 0xc0) === 0x80) end--;
  return end > 0 && b[end - 1]! >= 0xc0 ? end - 1 : b.length;
}

/** The stored content type of an acceptable file, or why it is refused (tooLarge: a 413, not a 400). */
export function checkEvidenceFile(filename: string, bytes: Uint8Array): { ok: true; contentType: string } | { ok: false; message: string; tooLarge?: true } {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, message: "The file is larger than 10 MB.", tooLarge: true };
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  const kind = KINDS.find((k) => k.ext.includes(ext));
  if (!kind) return { ok: false, message: `Upload a ${EVIDENCE_EXTENSIONS.join(", ")} file.` };
  if (!kind.sniff(bytes)) return { ok: false, message: `The file's content is not a valid .${ext} file.` };
  return { ok: true, contentType: kind.type };
}

/** A file name safe for storage and a Content-Disposition header. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "evidence";
  const clean = base.replace(/[^\w.\- ()]+/g, "_").replace(/^\.+/, "").slice(0, 150);
  return clean || "evidence";
}
