import type { DocumentLink } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { officialSymbol, undocsUrl } from '../citations';
import { describeCitation } from '../citations/describe';
import { PositionCursor } from '../model/lines';

/**
 * Links from every citation and document symbol to the official document at undocs.org, which resolves
 * any UN symbol. Nothing is fetched: the editor opens the link when the user follows it.
 */
export function computeDocumentLinks(analysis: DocumentAnalysis): DocumentLink[] {
  // Citations are in document order: one walk over the model's line table (see PositionCursor).
  const positions = new PositionCursor(analysis.model.text, analysis.model.lineStarts);
  const locale = analysis.settings.locale;
  const links: DocumentLink[] = [];
  const { list, catalogue } = analysis.citations;
  for (const c of list) {
    const symbol = officialSymbol(c, catalogue);
    if (!symbol) continue;
    links.push({
      range: { start: positions.positionAt(c.start), end: positions.positionAt(c.end) },
      target: undocsUrl(symbol),
      tooltip: describeCitation(c, locale),
    });
  }
  return links;
}
