import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Paragraph } from '../model/types';
import { PositionCursor } from '../model/lines';
import { extentEnd } from './paragraphs';

/**
 * Folding ranges: the heading block, the preamble (from the organ line, which reads as its title), the
 * operative part, and each paragraph or subparagraph that spans several lines (with its subparagraphs).
 *
 * Editors keep one range per start line (VS Code keeps the first one it is given), so the outer range is
 * listed before the inner ones that start on the same line, and ranges of a single line are left out.
 */
export function computeFoldingRanges(analysis: DocumentAnalysis): FoldingRange[] {
  const { model } = analysis;
  // Ranges are made in document order: one walk over the line table (see PositionCursor).
  const positions = new PositionCursor(model.text, model.lineStarts);
  const lineOf = (offset: number): number => positions.lineAt(offset);
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    if (endLine <= startLine) return;
    ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  if (model.heading) add(lineOf(model.heading.start), lineOf(model.heading.end), FoldingRangeKind.Region);

  const section = (paragraphs: readonly Paragraph[], headerOffset: number | undefined): void => {
    const first = paragraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    if (!first || !last) return;
    add(lineOf(headerOffset ?? first.start), lineOf(extentEnd(last)), FoldingRangeKind.Region);
  };
  const paragraph = (p: Paragraph): void => {
    add(lineOf(p.start), lineOf(extentEnd(p)));
    for (const sub of p.subparagraphs) paragraph(sub);
  };

  // Each section is listed just before its first paragraph, so that it comes before any range that starts
  // on the same line (the operative part and paragraph 1 do).
  const preambleFirst = model.preamble[0];
  const organ = model.organ && (!preambleFirst || model.organ.start < preambleFirst.start) ? model.organ.start : undefined;
  let preambleDone = false;
  let operativeDone = false;
  for (const p of model.paragraphs) {
    if (p.kind === 'preamble' && !preambleDone) {
      section(model.preamble, organ);
      preambleDone = true;
    } else if (p.kind === 'operative' && !operativeDone) {
      section(model.operative, undefined);
      operativeDone = true;
    }
    paragraph(p);
  }
  return ranges;
}
