import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { defineMessages, format, type Locale } from '../messages';
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

const messages = defineMessages({
  more: {
    en: '{count} more problems in this document are not shown here. Run "unres check" on the file for the full list.',
    fr: '{count} autres problèmes de ce document ne sont pas affichés ici. Lancez « unres check » sur le fichier pour la liste complète.',
    es: 'Otros {count} problemas de este documento no se muestran aquí. Ejecute «unres check» sobre el archivo para ver la lista completa.',
  },
});

/**
 * The diagnostics an editor is sent: at most `max`, then one note saying how many more there are. A
 * pathological file (a 10 MB line of unclosed citations) can produce hundreds of thousands of findings;
 * sending them all makes the editor itself stall for nothing a person would read.
 */
export function limitDiagnostics(diagnostics: Diagnostic[], max: number, locale: Locale): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const shown = diagnostics.slice(0, max);
  const last = shown[shown.length - 1]!;
  shown.push({
    range: { start: last.range.start, end: last.range.start },
    severity: DiagnosticSeverity.Information,
    source: 'unres',
    message: format(messages.more, locale, { count: diagnostics.length - max }),
  });
  return shown;
}
