/**
 * The largest body a server action takes. next.config.ts gives Next the same limit, and proxy.ts
 * answers 413 above it before Next would (Next's own refusal reaches the browser as a 500).
 * Workbook imports (5 MB) and template files (2 MB) sit below it; evidence goes through a route.
 */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** An answers workbook to import, and a template file (JSON) to import. */
export const WORKBOOK_IMPORT_BYTES = 5 * 1024 * 1024;
export const TEMPLATE_FILE_BYTES = 2 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** What a form says when a chosen file is over its limit (checked in the browser and again on the server). */
export function fileTooLarge(limit: number): string {
  return `This file is larger than ${megabytes(limit)}, the most it may be here. Choose a smaller file.`;
}
