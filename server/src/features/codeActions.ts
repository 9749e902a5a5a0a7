import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { analyze, type DocumentAnalysis, type RuleFinding } from '../analysis';
import { defineMessages, format } from '../messages';
import type { Fix, OffsetEdit } from '../rules/types';
import { computeDiagnostics, type DiagnosticOptions } from './diagnostics';
import { EditComposer, toTextEdits } from './offsetEdits';
import { FIX_ALL_KIND, RENUMBER_COMMAND } from './commands';

export { FIX_ALL_KIND };

/** The rule whose findings the renumber command resolves (it also rewrites the references). */
const NUMBERING_RULE = 'operative-numbering';
/** "Fix all" stops after this many passes even if fixes keep appearing (a rule that undoes another). */
const MAX_PASSES = 10;
/** Largest document (UTF-16 units) for which "fix all" is offered in the light bulb without being asked. */
const UNASKED_FIX_ALL_LIMIT = 200_000;

const messages = defineMessages({
  renumber: {
    en: 'Renumber operative paragraphs and update references',
    fr: 'Renuméroter les paragraphes du dispositif et mettre à jour les renvois',
    es: 'Renumerar los párrafos dispositivos y actualizar las remisiones',
  },
  fixAll: {
    en: 'Fix all safe problems in the document',
    fr: 'Corriger tous les problèmes sûrs du document',
    es: 'Corregir todos los problemas seguros del documento',
  },
});

/** Whether an action of kind `kind` is wanted when the client asks only for `requested` ("source" covers "source.fixAll.unres"). */
function kindMatches(kind: string, requested: string): boolean {
  return kind === requested || kind.startsWith(requested + '.');
}

/** Quick fixes for the findings in `range`, and "fix all" when the `only` kinds ask for it. */
export function computeCodeActions(
  analysis: DocumentAnalysis,
  range: Range,
  only?: readonly string[],
  diagnosticOptions: DiagnosticOptions = {},
): CodeAction[] {
  const wants = (kind: string): boolean => !only || only.length === 0 || only.some((k) => kindMatches(kind, k));
  const actions: CodeAction[] = [];
  const document = analysis.document;
  const locale = analysis.settings.locale;

  if (wants(CodeActionKind.QuickFix)) {
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const diagnostics = computeDiagnostics(analysis, diagnosticOptions);
    const numbering: Diagnostic[] = [];
    analysis.findings.forEach((finding, i) => {
      if (finding.start > to || finding.end < from) return;
      const diagnostic = diagnostics[i]!;
      if (finding.code === NUMBERING_RULE) numbering.push(diagnostic);
      const fixes = finding.fixes ?? [];
      for (const fix of fixes) {
        if (fix.edits.length === 0) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.safe && fixes.length === 1,
          edit: { changes: { [document.uri]: toTextEdits(document, fix.edits) } },
        });
      }
    });
    if (numbering.length > 0) {
      actions.push({
        title: format(messages.renumber, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: numbering,
        isPreferred: true,
        command: { title: format(messages.renumber, locale), command: RENUMBER_COMMAND, arguments: [document.uri] },
      });
    }
  }

  // "Fix all" is computed when asked for by kind (on save, or from the Source Action menu), and offered
  // beside the quick fixes when the cursor is on a fixable finding. It re-analyses the text once per pass,
  // and editors ask for light-bulb actions on every cursor move: the unasked offer is kept to drafts of
  // ordinary size (a few milliseconds), larger files get it when they ask for it.
  const explicit = only?.some((k) => kindMatches(FIX_ALL_KIND, k)) ?? false;
  const offered = !only && actions.some((a) => a.edit) && analysis.model.text.length <= UNASKED_FIX_ALL_LIMIT;
  if (explicit || offered) {
    const result = fixAll(analysis);
    if (result.edits.length > 0) {
      actions.push({
        title: format(messages.fixAll, locale),
        kind: FIX_ALL_KIND,
        diagnostics: [],
        edit: { changes: { [document.uri]: toTextEdits(document, result.edits) } },
      });
    }
  }
  return actions;
}

export interface FixAllResult {
  /** The fixed text. */
  readonly text: string;
  /** Edits on the original text that produce `text`: sorted, non-overlapping, one per changed region. */
  readonly edits: OffsetEdit[];
  /** How many fixes were applied over all passes. */
  readonly applied: number;
  readonly passes: number;
}

/**
 * Applies every safe fix of the document, pass after pass, until no safe fix is left (a fix may reveal
 * another: an italicised phrase can then be checked for agreement). Within a pass, fixes whose edits
 * would overlap are deferred to the next pass, never merged.
 */
export function fixAll(analysis: DocumentAnalysis): FixAllResult {
  const { document, settings } = analysis;
  let pass = 0;
  return fixToFixedPoint(analysis.model.text, (text) => {
    const current =
      pass++ === 0 ? analysis : analyze(TextDocument.create(document.uri, document.languageId, document.version + pass, text), settings);
    return current.findings.flatMap((f: RuleFinding) => f.fixes ?? []);
  });
}

/** The fixed-point loop of "fix all", independent of the rules so that it can be tested on its own. */
export function fixToFixedPoint(original: string, fixesFor: (text: string) => readonly Fix[], maxPasses = MAX_PASSES): FixAllResult {
  const composer = new EditComposer(original);
  let text = original;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const chosen = chooseNonOverlapping(fixesFor(text).filter((f) => f.safe && f.edits.length > 0));
    const edits = chosen.flatMap((f) => f.edits).sort((a, b) => a.start - b.start || a.end - b.end);
    if (edits.length === 0) break;
    composer.apply(edits);
    const next = composer.text();
    passes++;
    if (next === text) break; // the fixes changed nothing: stop rather than loop
    text = next;
    applied += chosen.length;
  }
  return { text, edits: composer.edits(), applied, passes };
}

/**
 * Greedy choice of fixes in text order whose footprints (first to last edit) do not touch: a fix spanning
 * another is deferred, so that no edit lands inside text another edit replaces, and two insertions at one
 * offset never race for the order.
 */
function chooseNonOverlapping(fixes: readonly Fix[]): Fix[] {
  const withExtent = fixes.map((fix) => ({
    fix,
    start: Math.min(...fix.edits.map((e) => e.start)),
    end: Math.max(...fix.edits.map((e) => e.end)),
  }));
  withExtent.sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let lastEnd = -1;
  for (const { fix, start, end } of withExtent) {
    if (start <= lastEnd) continue;
    if (!editsAreDisjoint(fix.edits)) continue;
    chosen.push(fix);
    lastEnd = end;
  }
  return chosen;
}

function editsAreDisjoint(edits: readonly OffsetEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end || sorted[i]!.start === sorted[i - 1]!.start) return false;
  return true;
}
