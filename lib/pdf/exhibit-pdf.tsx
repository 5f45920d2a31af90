import { Document, Page, Text, View } from "@react-pdf/renderer";
import { EXHIBIT_TITLE, exhibitBlocks, type ExhibitBlock } from "@/lib/clauses/exhibit-document";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { DraftWatermark, Footer, Masthead } from "./parts";
import { COLORS, styles } from "./theme";

// The font size with the line height: react-pdf reads a bare lineHeight against its own default size.
const BODY = { fontSize: 9.5, lineHeight: 1.45 };

function Block({ b }: { b: ExhibitBlock }) {
  switch (b.kind) {
    case "title":
      return <Text style={[styles.h1, { marginBottom: 10 }]}>{b.text}</Text>;
    case "notice":
      return <Text style={{ marginBottom: 8, color: COLORS.CRITICAL, fontWeight: 600 }}>{b.text}</Text>;
    case "paragraph":
      return <Text style={{ marginBottom: 6, ...BODY }}>{b.text}</Text>;
    case "section":
      return (
        <Text style={styles.h2} minPresenceAhead={50}>
          {b.number} {b.text}
        </Text>
      );
    case "clause":
      return (
        <Text style={{ marginBottom: 5, ...BODY }} minPresenceAhead={24}>
          <Text style={{ fontWeight: 600 }}>
            {b.number} {b.title}
          </Text>
          {b.text ? ` ${b.text}` : ""}
        </Text>
      );
    case "item":
      return (
        <View style={[styles.row, { marginBottom: 5, paddingLeft: 18 }]}>
          <Text style={{ width: 18, ...BODY }}>{b.label}</Text>
          <Text style={{ flex: 1, ...BODY }}>{b.text}</Text>
        </View>
      );
    case "definition":
      return (
        <Text style={{ marginBottom: 4, paddingLeft: 18, ...BODY }}>
          <Text style={{ fontWeight: 600 }}>“{b.term}”</Text> means {b.text}
        </Text>
      );
    case "signature":
      return (
        <View style={{ marginTop: 22 }} wrap={false}>
          <Text style={{ fontWeight: 600 }}>Signed for and on behalf of {b.party}</Text>
          {["Signature", "Name", "Title", "Date"].map((line) => (
            <View key={line} style={[styles.row, { marginTop: 12, alignItems: "flex-end" }]}>
              <Text style={{ width: 60, color: COLORS.muted }}>{line}:</Text>
              <Text style={{ flex: 1, borderBottomWidth: 1, borderColor: COLORS.ink, maxWidth: 260 }}> </Text>
            </View>
          ))}
        </View>
      );
  }
}

/** The clean contract exhibit: the same blocks as the Word file, no reasons, question keys or scores. */
export function ExhibitPdf({ r }: { r: AssessmentReport }) {
  const draft = !r.frozen;
  const blocks = exhibitBlocks({ exhibit: r.exhibit, parties: r.parties, scope: r.scope, draft });
  return (
    <Document title={`${draft ? "DRAFT " : ""}${EXHIBIT_TITLE} — ${r.vendor.name}`} author={r.parties.customer ?? "Vendorscope"} creator="Vendorscope">
      <Page size="A4" style={styles.page}>
        {draft && <DraftWatermark />}
        <Masthead draft={draft} below={12} logo={r.organization.logoPng}>
          {r.parties.customer ?? ""}
        </Masthead>
        {blocks.map((b, i) => (
          <Block key={i} b={b} />
        ))}
        <Footer title={`${EXHIBIT_TITLE}: ${r.vendor.name}`} id={r.id} sha256={null} draft={draft} />
      </Page>
    </Document>
  );
}
