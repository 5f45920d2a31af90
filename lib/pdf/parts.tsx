import { Text, View } from "@react-pdf/renderer";
import { COLORS, RATING_LABELS, styles } from "./theme";

type Rating = keyof typeof RATING_LABELS;

export function RatingTag({ rating }: { rating: Rating | null }) {
  return <Text style={[styles.badge, { backgroundColor: rating ? COLORS[rating] : COLORS.muted }]}>{rating ? RATING_LABELS[rating] : "Not rated"}</Text>;
}

export function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View style={[styles.row, { marginBottom: 3 }]}>
      <Text style={styles.label}>{label}</Text>
      <Text style={{ flex: 1 }}>{children}</Text>
    </View>
  );
}

/** The footer on every page: document, assessment id, snapshot hash, page n of total. */
export function Footer({ title, id, sha256 }: { title: string; id: string; sha256: string }) {
  return (
    <View style={styles.footer} fixed>
      <View style={{ flex: 1 }}>
        <Text>
          {title} · Assessment {id}
        </Text>
        <Text>Score snapshot SHA-256: {sha256}</Text>
      </View>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

export function formatDay(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(d));
}

export const barColour = (score: number) => (score >= 80 ? COLORS.LOW : score >= 60 ? COLORS.MEDIUM : score >= 40 ? COLORS.HIGH : COLORS.CRITICAL);
