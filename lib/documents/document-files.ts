// Vendor document upload rules (pure): the formats the evidence locator reads, checked by content.

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export const DOCUMENT_KINDS = ["ATTESTATION", "MODEL_CARD", "USAGE_POLICY", "TERMS", "DPA", "SECURITY_WHITEPAPER", "OTHER"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  ATTESTATION: "SOC 2 / ISO certificate",
  MODEL_CARD: "Model card",
  USAGE_POLICY: "Usage policy",
  TERMS: "Terms of service",
  DPA: "Data processing agreement",
  SECURITY_WHITEPAPER: "Security whitepaper",
  OTHER: "Other",
};

export type DocumentFormat = "pdf" | "docx" | "html" | "markdown" | "text";

const FORMATS: { ext: string[]; format: DocumentFormat; type: string }[] = [
  { ext: ["pdf"], format: "pdf", type: "application/pdf" },
  { ext: ["docx"], format: "docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  { ext: ["html", "htm"], format: "html", type: "text/html" },
  { ext: ["md", "markdown"], format: "markdown", type: "text/markdown" },
  { ext: ["txt"], format: "text", type: "text/plain" },
];

export const DOCUMENT_EXTENSIONS = FORMATS.flatMap((f) => f.ext);

const starts = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** UTF-8 text without NUL in its first 64 KiB (a BOM allowed). */
function isText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return false;
  let end = head.length;
  if (end < bytes.length) while (end > 0 && (head[end - 1]! & 0xc0) === 0x80) end--;
  if (end < bytes.length && end > 0 && head[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** A DOCX is a zip whose entries include word/document.xml (the name sits in the local headers). */
function isDocx(bytes: Uint8Array): boolean {
  if (!starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4 * 1024 * 1024)).includes("word/document.xml");
}

const SNIFF: Record<DocumentFormat, (b: Uint8Array) => boolean> = {
  pdf: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  docx: isDocx,
  html: (b) => isText(b) && /<(?:!doctype html|html|body|head|p|div|h[1-6])[\s>]/i.test(new TextDecoder().decode(b.subarray(0, 4096))),
  markdown: isText,
  text: isText,
};

export type DocumentCheck = { ok: true; format: DocumentFormat; contentType: string } | { ok: false; message: string; tooLarge?: true };

/** The format of an acceptable document, or why it is refused (tooLarge: a 413, not a 400). */
export function checkDocumentFile(filename: string, bytes: Uint8Array): DocumentCheck {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, message: "The file is larger than 25 MB.", tooLarge: true };
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  const format = FORMATS.find((f) => f.ext.includes(ext));
  if (!format) return { ok: false, message: "Upload a PDF, Word (.docx), HTML, Markdown or text file." };
  if (!SNIFF[format.format](bytes)) return { ok: false, message: `The file's content is not a valid .${ext} file.` };
  return { ok: true, format: format.format, contentType: format.type };
}

export function formatOf(contentType: string): DocumentFormat | null {
  return FORMATS.find((f) => f.type === contentType)?.format ?? null;
}
