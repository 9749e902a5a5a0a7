import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { PositionCursor } from '../model/lines';
import type { Severity } from '../settings';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** Base URI of the rule documentation pages; `<base>/<code>.md` is linked from each diagnostic. */
  readonly ruleDocsBase?: string;
}

/** Rule findings as LSP diagnostics, each carrying its rule code and a link to the rule's page. */
export function computeDiagnostics(analysis: DocumentAnalysis, options: DiagnosticOptions = {}): Diagnostic[] {
  // Findings are in reading order: one walk over the model's line table converts every offset (the
  // document's own table would be built again for each new version, and searched once per offset).
  const { model } = analysis;
  const positions = new PositionCursor(model.text, model.lineStarts);
  return analysis.findings.map((f) => {
    const diagnostic: Diagnostic = {
      range: { start: positions.positionAt(f.start), end: positions.positionAt(f.end) },
      severity: SEVERITY[f.effectiveSeverity],
      code: f.code,
      source: 'unres',
      message: f.message,
    };
    if (options.ruleDocsBase) diagnostic.codeDescription = { href: `${options.ruleDocsBase}/${f.code}.md` };
    return diagnostic;
  });
}
