import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { Locale } from '../messages';
import { PositionCursor } from '../model/lines';
import type { SeveritySetting } from '../settings';
import { type Comparison, compareVersions } from './compare';
import { discrepancyMessage } from './messages';

/** Another language version of the document, as the diagnostics name it. */
export interface Counterpart {
  readonly analysis: DocumentAnalysis;
  /** The file name shown in messages: "draft.fr.md". */
  readonly name: string;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

/**
 * The `version-alignment` diagnostics of one version against each of its counterparts, with the place in
 * the other version as related information (an editor shows it as a link).
 */
export function versionDiagnostics(
  analysis: DocumentAnalysis,
  counterparts: readonly Counterpart[],
  locale: Locale,
  severity: SeveritySetting,
  ruleDocsBase?: string,
): Diagnostic[] {
  if (severity === 'off') return [];
  const out: Diagnostic[] = [];
  const here = new PositionCursor(analysis.model.text, analysis.model.lineStarts);
  for (const other of counterparts) {
    const comparison = compareVersions(analysis, other.analysis);
    const there = other.analysis.model;
    const sorted = [...comparison.discrepancies].sort((x, y) => x.a.start - y.a.start);
    for (const d of sorted) {
      const range = { start: here.positionAt(d.a.start), end: here.positionAt(Math.max(d.a.end, d.a.start)) };
      const diagnostic: Diagnostic = {
        range,
        severity: SEVERITY[severity],
        code: 'version-alignment',
        source: 'unres',
        message: discrepancyMessage(comparison, d, 'a', other.name, locale),
        relatedInformation: [
          {
            location: { uri: other.analysis.document.uri, range: rangeIn(there.text, there.lineStarts, d.b.start, d.b.end) },
            message: other.name,
          },
        ],
      };
      if (ruleDocsBase) diagnostic.codeDescription = { href: `${ruleDocsBase}/version-alignment.md` };
      out.push(diagnostic);
    }
  }
  return out;
}

function rangeIn(text: string, lineStarts: readonly number[], start: number, end: number) {
  const cursor = new PositionCursor(text, lineStarts);
  return { start: cursor.positionAt(start), end: cursor.positionAt(Math.max(start, end)) };
}

/**
 * The paragraph of `other` that stands where `offset` is in `analysis`: for "go to the same paragraph".
 * Undefined when the paragraph at `offset` has no counterpart.
 */
export function counterpartParagraph(comparison: Comparison, offset: number): { start: number; end: number; index: number } | undefined {
  const paragraphs = comparison.a.paragraphs;
  let index = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i]!.paragraph.start > offset) break;
    index = i;
  }
  if (index < 0) return undefined;
  const pair = comparison.pairs.find((p) => p.a === index);
  if (pair?.b === undefined) return undefined;
  const q = comparison.b.paragraphs[pair.b]!;
  return { start: q.paragraph.start, end: q.paragraph.end, index: pair.b };
}
