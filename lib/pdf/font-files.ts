import path from "node:path";

/**
 * The PDF font, for Font.register: Inter, shipped in the repository (no network; SIL Open Font
 * License, fonts/OFL.txt). Free of @react-pdf imports, so scripts that load it lazily use it too.
 */
export function interFont(root = process.cwd()) {
  const dir = path.join(root, "lib", "pdf", "fonts");
  return {
    family: "Inter",
    fonts: [
      { src: path.join(dir, "Inter-400.woff"), fontWeight: 400 },
      { src: path.join(dir, "Inter-400-italic.woff"), fontWeight: 400, fontStyle: "italic" as const },
      { src: path.join(dir, "Inter-600.woff"), fontWeight: 600 },
      { src: path.join(dir, "Inter-700.woff"), fontWeight: 700 },
    ],
  };
}
