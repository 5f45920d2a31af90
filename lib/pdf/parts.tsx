import { G, Image, Path, Svg, Text, View } from "@react-pdf/renderer";
import { formatDate } from "@/lib/format";
import { DRAFT_SUBTITLE, DRAFT_WORD, MARK_CAP_HEIGHT, MARK_UPM } from "./draft-mark";
import { DRAFT_MARK } from "./text";
import { COLORS, RATING_LABELS, styles } from "./theme";

type Rating = keyof typeof RATING_LABELS;

export function RatingTag({ rating, none = "Not rated" }: { rating: Rating | null; none?: string }) {
  return <Text style={[styles.badge, { backgroundColor: rating ? COLORS[rating] : COLORS.muted }]}>{rating ? RATING_LABELS[rating] : none}</Text>;
}

export function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View style={[styles.row, { marginBottom: 3 }]}>
      <Text style={styles.label}>{label}</Text>
      <Text style={{ flex: 1 }}>{children}</Text>
    </View>
  );
}

/**
 * The footer on every page: document, assessment id, snapshot hash (none on the contract exhibit:
 * it carries a reference only), page n of total; a draft's says DRAFT first (plain text, so it is found on every page by a reader and by pdftotext).
 */
export function Footer({ title, id, sha256, draft = false }: { title: string; id: string; sha256: string | null; draft?: boolean }) {
  return (
    <View style={styles.footer} fixed>
      <View style={{ flex: 1 }}>
        <Text>
          {draft && <Text style={{ color: COLORS.CRITICAL, fontWeight: 700 }}>{DRAFT_MARK} · </Text>}
          {title} · {sha256 ? "Assessment" : "Ref."} {id}
        </Text>
        {sha256 && (
          <Text>
            {draft ? "Live score (not frozen) SHA-256" : "Score snapshot SHA-256"}: {sha256}
          </Text>
        )}
      </View>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

// A4 in points, as react-pdf lays it out; the mark is drawn from the page's centre.
const A4 = { width: 595.28, height: 841.89 };
const MARK = { size: 150, subtitleSize: 26, gap: 44, angle: -50 };

/**
 * The large diagonal DRAFT mark of a PDF made from a draft: fixed, so it repeats on every page, and
 * placed first in the Page so the content is drawn over it; light enough to read the text through.
 * Vector outlines, not text (see draft-mark.ts), so it never scatters into the page's text.
 * (Keep the Page itself free of lineHeight: react-pdf 4.9 then drops fixed, absolutely placed views.)
 */
export function DraftWatermark() {
  const word = MARK.size / MARK_UPM;
  const sub = MARK.subtitleSize / MARK_UPM;
  // Both lines centred on the page centre: the word's capitals above it, the subtitle below.
  const wordAt = `translate(${(-DRAFT_WORD.width * word) / 2} ${(MARK_CAP_HEIGHT * word) / 2 - MARK.gap / 2}) scale(${word})`;
  const subAt = `translate(${(-DRAFT_SUBTITLE.width * sub) / 2} ${(MARK_CAP_HEIGHT * word) / 2 + MARK.gap / 2 + MARK_CAP_HEIGHT * sub}) scale(${sub})`;
  return (
    <View style={styles.watermark} fixed>
      <Svg width={A4.width} height={A4.height} viewBox={`0 0 ${A4.width} ${A4.height}`}>
        <G transform={`translate(${A4.width / 2} ${A4.height / 2}) rotate(${MARK.angle})`}>
          <Path d={DRAFT_WORD.d} transform={wordAt} fill={COLORS.CRITICAL} fillOpacity={0.07} />
          <Path d={DRAFT_SUBTITLE.d} transform={subAt} fill={COLORS.CRITICAL} fillOpacity={0.16} />
        </G>
      </Svg>
    </View>
  );
}

export type PdfLogo = { data: Buffer; width: number; height: number };

/** The line above the title: the organisation's logo (a PNG) when set, the text, and for a draft the DRAFT badge. */
export function Masthead({ draft, below, logo, children }: { draft: boolean; below: number; logo?: PdfLogo | null; children: React.ReactNode }) {
  // At most 28 pt high and 140 pt wide, keeping the logo's proportions.
  const scale = logo ? Math.min(28 / logo.height, 140 / logo.width) : 0;
  return (
    <View style={[styles.row, { justifyContent: "space-between", alignItems: "center", marginBottom: below }]}>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- @react-pdf/renderer's Image, not an HTML img: it takes no alt */}
      {logo && <Image src={{ data: logo.data, format: "png" }} style={{ width: logo.width * scale, height: logo.height * scale, marginRight: 10 }} />}
      <Text style={[styles.muted, { flex: 1, marginRight: 8 }]}>{children}</Text>
      {draft && <Text style={styles.draftBadge}>{DRAFT_MARK}</Text>}
    </View>
  );
}

export function formatDay(d: Date | string | null | undefined): string {
  return d ? formatDate(d) : "—";
}

export const barColour = (score: number) => (score >= 80 ? COLORS.LOW : score >= 60 ? COLORS.MEDIUM : score >= 40 ? COLORS.HIGH : COLORS.CRITICAL);
