// The clean contract exhibit as a Word file for counsel to redline: the same blocks as the PDF
// (lib/clauses/exhibit-document.ts), with Word's own multi-level numbering (1. / 1.1 / (a)), heading
// styles and a footer with the page number.
import { AlignmentType, Document, Footer, LevelFormat, Packer, PageNumber, Paragraph, TabStopType, TextRun, convertMillimetersToTwip } from "docx";
import { EXHIBIT_TITLE, type ExhibitBlock } from "@/lib/clauses/exhibit-document";

const NUMBERING = "exhibit-clauses";

function paragraph(b: ExhibitBlock): Paragraph[] {
  switch (b.kind) {
    case "title":
      return [new Paragraph({ style: "Title", children: [new TextRun(b.text)] })];
    case "notice":
      return [new Paragraph({ style: "Notice", children: [new TextRun(b.text)] })];
    case "paragraph":
      return [new Paragraph({ style: "BodyText", children: [new TextRun(b.text)] })];
    case "section":
      return [new Paragraph({ style: "Heading1", numbering: { reference: NUMBERING, level: 0 }, children: [new TextRun(b.text)] })];
    case "clause":
      return [
        new Paragraph({
          style: "Clause",
          numbering: { reference: NUMBERING, level: 1 },
          children: [new TextRun({ text: b.title, bold: true }), ...(b.text ? [new TextRun(` ${b.text}`)] : [])],
        }),
      ];
    case "item":
      return [new Paragraph({ style: "Clause", numbering: { reference: NUMBERING, level: 2 }, children: [new TextRun(b.text)] })];
    case "definition":
      return [new Paragraph({ style: "Definition", children: [new TextRun({ text: `“${b.term}”`, bold: true }), new TextRun(` means ${b.text}`)] })];
    case "signature":
      return [
        new Paragraph({ style: "BodyText", spacing: { before: 360 }, keepNext: true, children: [new TextRun({ text: `Signed for and on behalf of ${b.party}`, bold: true })] }),
        ...["Signature", "Name", "Title", "Date"].map(
          (line, i, all) =>
            new Paragraph({
              keepNext: i < all.length - 1,
              spacing: { before: 240 },
              tabStops: [{ type: TabStopType.LEFT, position: convertMillimetersToTwip(90) }],
              children: [new TextRun(`${line}: `), new TextRun({ text: "\t", underline: {} })],
            }),
        ),
      ];
  }
}

/** The .docx bytes of the exhibit's blocks. */
export async function renderExhibitDocx({ blocks, vendor, reference, draft }: { blocks: ExhibitBlock[]; vendor: string; reference: string; draft: boolean }): Promise<Buffer> {
  const doc = new Document({
    title: `${draft ? "DRAFT " : ""}${EXHIBIT_TITLE} — ${vendor}`,
    creator: "Vendorscope",
    styles: {
      default: { document: { run: { font: "Calibri", size: 21 }, paragraph: { spacing: { after: 120, line: 288 } } } },
      paragraphStyles: [
        { id: "Title", name: "Title", basedOn: "Normal", next: "BodyText", run: { size: 36, bold: true }, paragraph: { spacing: { after: 240 } } },
        { id: "BodyText", name: "Body Text", basedOn: "Normal", quickFormat: true },
        { id: "Notice", name: "Draft Notice", basedOn: "Normal", run: { bold: true, color: "B91C1C" } },
        { id: "Heading1", name: "Heading 1", basedOn: "Normal", next: "Clause", quickFormat: true, run: { size: 26, bold: true, color: "1E3A8A" }, paragraph: { spacing: { before: 300, after: 120 }, keepNext: true } },
        { id: "Clause", name: "Clause", basedOn: "Normal", quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED } },
        { id: "Definition", name: "Definition", basedOn: "Normal", paragraph: { indent: { left: convertMillimetersToTwip(12) } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: { paragraph: { indent: { left: convertMillimetersToTwip(12), hanging: convertMillimetersToTwip(12) } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.START, style: { paragraph: { indent: { left: convertMillimetersToTwip(12), hanging: convertMillimetersToTwip(12) } } } },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: "(%3)", alignment: AlignmentType.START, style: { paragraph: { indent: { left: convertMillimetersToTwip(22), hanging: convertMillimetersToTwip(10) } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: convertMillimetersToTwip(22), bottom: convertMillimetersToTwip(22), left: convertMillimetersToTwip(22), right: convertMillimetersToTwip(22) } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [new TextRun({ text: `${draft ? "DRAFT · " : ""}${EXHIBIT_TITLE}: ${vendor} · ${reference} · Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: " of ", size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })],
              }),
            ],
          }),
        },
        children: blocks.flatMap(paragraph),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
