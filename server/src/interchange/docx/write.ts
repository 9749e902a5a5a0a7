import { AlignmentType, Document, Footer, FootnoteReferenceRun, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Draft, DraftBlock, DraftPoint } from '../draft';
import type { InlineRun } from '../inline';

/** Twips (1/1440 inch): the UN's indents are multiples of 1.27 cm (0.5 inch = 720 twips). */
const STEP = 720;
const FONT = 'Times New Roman';
/** Half-points: 12 pt, as UN documents are printed. */
const SIZE = 24;

/**
 * A draft → a Word document in the layout of a UN draft resolution: the heading block at the top, the organ
 * line and leading phrases in italics, operative paragraphs numbered with a hanging indent, subparagraphs
 * indented by level, footnotes as Word footnotes, page numbers at the foot, Times New Roman 12. Numbers
 * are typed (number, tab), as the Secretariat's documents have them, so that they survive any editor.
 */
export async function draftToDocx(draft: Draft): Promise<Uint8Array> {
  const noteIds = new Map<string, number>(draft.footnotes.map((n, i) => [n.label, i + 1]));
  const runs = (rs: readonly InlineRun[]): (TextRun | FootnoteReferenceRun)[] =>
    rs.map((r) => (r.note !== undefined ? new FootnoteReferenceRun(noteIds.get(r.note) ?? 0) : new TextRun({ text: r.text, italics: r.italic, bold: r.bold })));
  const children: Paragraph[] = [
    ...draft.heading.map((line, i) => headingParagraph(line, i)),
    ...(draft.organ ? [body(runs(draft.organ.runs), { firstLine: STEP }, draft.heading.length ? 480 : 0)] : []),
    ...draft.blocks.flatMap((b) => blockParagraphs(b, runs)),
    ...draft.closing.map((l, i) => new Paragraph({ spacing: { before: i === 0 ? 480 : 0 }, alignment: AlignmentType.RIGHT, children: [new TextRun(l)] })),
  ];
  const footnotes = Object.fromEntries(draft.footnotes.map((n, i) => [i + 1, { children: [new Paragraph({ children: runs(n.runs) })] }]));
  const document = new Document({
    creator: 'unres',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    footnotes,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

type Runs = (rs: readonly InlineRun[]) => (TextRun | FootnoteReferenceRun)[];

/** The symbol at the top right, the rest of the heading block on the left, the title line in bold. */
function headingParagraph(line: string, index: number): Paragraph {
  const title = /^(?:[A-Z]{1,3}-)?\d+\/\d+(?: [A-Z])?\.\s/.test(line);
  return new Paragraph({
    alignment: index === 0 ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: title ? 240 : 60, before: title ? 240 : 0 },
    children: [new TextRun({ text: line, bold: title })],
  });
}

function body(children: (TextRun | FootnoteReferenceRun)[], indent: { left?: number; hanging?: number; firstLine?: number }, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120, before },
    indent: { left: STEP * 2, right: STEP, ...indent, ...(indent.left === undefined ? { left: STEP * 2 } : {}) },
    ...(indent.hanging ? { tabStops: [{ type: TabStopType.LEFT, position: indent.left ?? STEP * 2 }] } : {}),
    children,
  });
}

function blockParagraphs(b: DraftBlock, runs: Runs): Paragraph[] {
  if (b.kind === 'heading') return [new Paragraph({ spacing: { before: 240, after: 120 }, indent: { left: STEP * 2 }, children: [new TextRun({ text: b.text, bold: true })] })];
  if (b.kind === 'preamble') return [body(runs(b.runs), { firstLine: STEP })];
  const numbered = (label: string | undefined, rs: readonly InlineRun[], left: number): Paragraph =>
    label ? body([new TextRun(`${label}\t`), ...runs(rs)], { left, hanging: STEP }) : body(runs(rs), { firstLine: STEP });
  const out = [numbered(b.number, b.runs, STEP * 2)];
  const points = (ps: readonly DraftPoint[]): void => {
    for (const p of ps) {
      out.push(numbered(p.label || undefined, p.runs, STEP * (2 + p.level)));
      points(p.points);
    }
  };
  points(b.points);
  if (b.wrapUp.length) out.push(body(runs(b.wrapUp), { left: STEP * 2 }));
  return out;
}
