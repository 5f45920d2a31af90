// A worker thread of the PDF pool (lib/pdf/pool.ts): renders one report to PDF bytes, off the
// server's event loop. Plain JavaScript, so Node runs it as is under `npm start`, `next dev` and
// vitest alike; it loads the .tsx documents through tsx, compiled to CommonJS.
import Module, { createRequire } from "node:module";
import * as reactPdf from "@react-pdf/renderer";
import { register } from "tsx/cjs/api";

const require = createRequire(import.meta.url);

// @react-pdf/renderer is ESM only (its dependencies export some files to `import` alone): the
// documents' require() of it gets the instance imported natively above. "server-only", which
// throws outside React's server build, is an empty module here.
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === "@react-pdf/renderer") return reactPdf;
  if (request === "server-only") return {};
  return load.call(this, request, ...rest);
};

register();
const { renderDocument } = require("./documents.ts");

/** Piscina's task: { kind, report } (plain data, as structured clone delivers it) → the PDF's bytes. */
export default async function render({ kind, report }) {
  const logo = report.organization?.logoPng;
  // Structured clone turns a Buffer into a Uint8Array; @react-pdf/renderer wants a Buffer.
  if (logo) logo.data = Buffer.from(logo.data.buffer, logo.data.byteOffset, logo.data.byteLength);
  const pdf = await renderDocument(kind, report);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
