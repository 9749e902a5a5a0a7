import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
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
  const doc = analysis.document;
  return analysis.findings.map((f) => {
    const diagnostic: Diagnostic = {
      range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
      severity: SEVERITY[f.effectiveSeverity],
      code: f.code,
      source: 'unres',
      message: f.message,
    };
    if (options.ruleDocsBase) diagnostic.codeDescription = { href: `${options.ruleDocsBase}/${f.code}.md` };
    return diagnostic;
  });
}
