import { Font, StyleSheet } from "@react-pdf/renderer";
import { interFont } from "./font-files";

Font.register(interFont());
// Long words (URLs, keys) wrap anywhere rather than overflow.
Font.registerHyphenationCallback((word) => (word.length > 30 ? word.split("") : [word]));

export const COLORS = {
  ink: "#111827",
  muted: "#6b7280",
  line: "#e5e7eb",
  primary: "#1e40af",
  LOW: "#047857",
  MEDIUM: "#b45309",
  HIGH: "#c2410c",
  CRITICAL: "#b91c1c",
  /** Light tints behind the rating headline and notes */
  tint: { LOW: "#ecfdf5", MEDIUM: "#fffbeb", HIGH: "#fff7ed", CRITICAL: "#fef2f2", none: "#f3f4f6" },
};

export const RATING_LABELS = { LOW: "Low risk", MEDIUM: "Medium risk", HIGH: "High risk", CRITICAL: "Critical risk" } as const;

export const styles = StyleSheet.create({
  // No lineHeight on the page: react-pdf 4.9 then drops fixed, absolutely placed footers.
  page: { fontFamily: "Inter", fontSize: 9, color: COLORS.ink, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44 },
  h1: { fontSize: 22, lineHeight: 1.25, fontWeight: 700, marginBottom: 6 },
  h2: { fontSize: 13, lineHeight: 1.3, fontWeight: 700, marginTop: 14, marginBottom: 6, color: COLORS.primary },
  h3: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 600, marginTop: 8, marginBottom: 4 },
  muted: { color: COLORS.muted },
  small: { fontSize: 8 },
  row: { flexDirection: "row" },
  label: { width: 130, color: COLORS.muted },
  table: { borderTopWidth: 1, borderColor: COLORS.line },
  tr: { flexDirection: "row", borderBottomWidth: 1, borderColor: COLORS.line, paddingVertical: 3 },
  th: { fontWeight: 600, color: COLORS.muted, fontSize: 8 },
  footer: { position: "absolute", bottom: 24, left: 44, right: 44, flexDirection: "row", justifyContent: "space-between", fontSize: 7, color: COLORS.muted, borderTopWidth: 1, borderColor: COLORS.line, paddingTop: 6 },
  /** The DRAFT watermark: the whole page, behind the content (drawn first), repeated on every page. */
  watermark: { position: "absolute", top: 0, left: 0, right: 0, bottom: 0, alignItems: "center", justifyContent: "center" },
  draftBadge: { paddingHorizontal: 6, paddingVertical: 2, borderRadius: 3, borderWidth: 1, borderColor: COLORS.CRITICAL, color: COLORS.CRITICAL, fontSize: 8, fontWeight: 700 },
  kicker: { fontSize: 7.5, fontWeight: 600, color: COLORS.muted, letterSpacing: 0.6, marginBottom: 3 },
  badge: { paddingHorizontal: 6, paddingVertical: 2, borderRadius: 3, color: "#fff", fontSize: 8, fontWeight: 600 },
});
