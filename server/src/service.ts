import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
} from 'vscode-languageserver-types';
import { looksLikeAmendmentSheet, type WorkspaceTexts } from './amendments/lazy';
import { analyze, type DocumentAnalysis } from './analysis';
import type { Catalogue } from './citations';
import type { FixAllResult } from './features/codeActions';
import { computeDiagnostics } from './features/diagnostics';
import { computeFoldingRanges } from './features/folding';
import { computeDocumentLinks } from './features/links';
import type { RenumberResult } from './features/renumber';
import type { VersionRenumber } from './features/renumberVersions';
import { amendmentDefinition, computeCodeActions, computeCompletions, computeHover, fixAll, renumber, renumberFollowing } from './editing/lazy';
import { computeSemanticTokens } from './features/semanticTokens';
import { computeDocumentSymbols } from './features/symbols';
import { LANGUAGES, lexiconFor } from './lexicon';
import { leadingWords } from './model/parser';
import type { ResolutionModel } from './model/types';
import { DEFAULT_SETTINGS, type ServiceSettings } from './settings';
import { type Comparison, compareVersions, versionDiagnostics } from './versions/lazy';

/** Another language version of a document, with the name messages give it ("draft.fr.md"). */
export interface VersionCounterpart {
  readonly document: TextDocument;
  readonly name: string;
}

export interface ServiceOptions {
  readonly settings?: ServiceSettings;
  /** Base URI of the rule documentation pages linked from diagnostics. */
  readonly ruleDocsBase?: string;
  /** An external citation catalogue (read by the caller, once: the service never reads files). */
  readonly catalogue?: Catalogue;
  /** What documents may read of the workspace: an amendment sheet's base draft (the service reads no file itself). */
  readonly workspace?: WorkspaceTexts;
}

/**
 * The resolution language service: pure, transport-free, shared by the LSP server and the CLI. Every
 * method takes a TextDocument; the model is parsed once per document version and cached.
 */
export interface ResolutionService {
  configure(settings: ServiceSettings): void;
  readonly settings: ServiceSettings;
  /**
   * Gives each document its own settings from the ones configured (the configuration file that applies to
   * it); undefined: every document has the configured ones. Cached analyses are dropped.
   */
  setSettingsResolver(resolve: SettingsResolver | undefined): void;
  /** Replaces the citation catalogue (undefined: built-in facts only); cached analyses are dropped. */
  setCatalogue(catalogue: Catalogue | undefined): void;
  analysis(document: TextDocument): DocumentAnalysis;
  getModel(document: TextDocument): ResolutionModel;
  computeDiagnostics(document: TextDocument): Diagnostic[];
  /**
   * The same diagnostics, with `pause()` awaited between rules (see DocumentAnalysis.findingsInSteps);
   * undefined when `stale()` turned true on the way. The model is still parsed in one go.
   */
  computeDiagnosticsInSteps(document: TextDocument, pause: () => Promise<void>, stale: () => boolean): Promise<Diagnostic[] | undefined>;
  getSemanticTokens(document: TextDocument): number[];
  getDocumentSymbols(document: TextDocument): DocumentSymbol[];
  getFoldingRanges(document: TextDocument): FoldingRange[];
  getHover(document: TextDocument, position: Position): Hover | null;
  getCompletions(document: TextDocument, position: Position): CompletionList;
  getCodeActions(document: TextDocument, range: Range, only?: readonly string[]): CodeAction[];
  getDocumentLinks(document: TextDocument): DocumentLink[];
  renumber(document: TextDocument): RenumberResult;
  /**
   * The edits that give a paired language version the numbering of `document` (its current numbers, or
   * `numbering` when given: the ones a renumbering of it is about to give), or why it is left as written.
   */
  renumberVersion(document: TextDocument, counterpart: VersionCounterpart, numbering?: readonly (number | undefined)[]): VersionRenumber;
  /** Every safe fix applied to a fixed point, as edits on the document text (see features/codeActions). */
  fixAll(document: TextDocument): FixAllResult;
  /** Replaces what documents may read of the workspace; cached analyses are dropped. */
  setWorkspace(workspace: WorkspaceTexts | undefined): void;
  /** Go to definition: for an operation of an amendment sheet, the place in the base draft it acts on. */
  getDefinition(document: TextDocument, position: Position): Location | null;
  /**
   * The `version-alignment` diagnostics of `document` against its other language versions (see versions/):
   * the ordinary rules see one document, this compares it with each counterpart.
   */
  computeVersionDiagnostics(document: TextDocument, counterparts: readonly VersionCounterpart[]): Diagnostic[];
  /** The comparison of two language versions, for navigation between them and the CLI. */
  compareVersions(a: TextDocument, b: TextDocument): Comparison;
  /** Drops the cached analysis of a closed document. */
  forget(uri: string): void;
  /**
   * Drops the cached analysis of `document` when it is of another version (an edit arrived): it can never
   * be used again, and a large document would otherwise hold two analyses while the next one is built.
   */
  forgetStale(document: TextDocument): void;
}

/** The settings for one document, from the configured ones (see ResolutionService.setSettingsResolver). */
export type SettingsResolver = (uri: string, configured: ServiceSettings) => ServiceSettings;

export function createResolutionService(options: ServiceOptions = {}): ResolutionService {
  let settings = options.settings ?? DEFAULT_SETTINGS;
  let catalogue = options.catalogue;
  let resolver: SettingsResolver | undefined;
  let workspace = options.workspace;
  const diagnosticOptions = options.ruleDocsBase ? { ruleDocsBase: options.ruleDocsBase } : {};
  // The LSP document object is updated in place on incremental changes, so the version is recorded when
  // the analysis is made, not read back from the document.
  const cache = new Map<string, { version: number; text: string; analysis: DocumentAnalysis }>();

  const analysisOf = (document: TextDocument): DocumentAnalysis => {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) {
      // The text is compared, not the document object: a client that sends a change without a new version
      // number changes the object in place. The usual hit is the same string (a pointer comparison); a
      // different text of another length compares in constant time too.
      if (cached.text === document.getText()) return cached.analysis;
    }
    const analysis = analyze(document, resolver ? resolver(document.uri, settings) : settings, catalogue, workspace);
    cache.set(document.uri, { version: document.version, text: analysis.model.text, analysis });
    return analysis;
  };

  return {
    get settings() {
      return settings;
    },
    configure(next) {
      settings = next;
      cache.clear();
    },
    setSettingsResolver(next) {
      resolver = next;
      cache.clear();
    },
    setCatalogue(next) {
      catalogue = next;
      cache.clear();
    },
    setWorkspace(next) {
      workspace = next;
      cache.clear();
    },
    getDefinition: (d, position) => amendmentDefinition(analysisOf(d), d.offsetAt(position)),
    analysis: analysisOf,
    getModel: (d) => analysisOf(d).model,
    computeDiagnostics: (d) => computeDiagnostics(analysisOf(d), diagnosticOptions),
    computeDiagnosticsInSteps: async (d, pause, stale) => {
      const analysis = analysisOf(d);
      if (!(await analysis.findingsInSteps(pause, stale))) return undefined;
      return computeDiagnostics(analysis, diagnosticOptions);
    },
    getSemanticTokens: (d) => computeSemanticTokens(analysisOf(d)),
    getDocumentSymbols: (d) => computeDocumentSymbols(analysisOf(d)),
    getFoldingRanges: (d) => computeFoldingRanges(analysisOf(d)),
    getHover: (d, position) => computeHover(analysisOf(d), d.offsetAt(position)),
    getCompletions: (d, position) => computeCompletions(analysisOf(d), d.offsetAt(position)),
    // Quick fixes carry the diagnostics exactly as published (with the rule page link) so editors match them.
    getCodeActions: (d, range, only) => computeCodeActions(analysisOf(d), range, only, diagnosticOptions),
    getDocumentLinks: (d) => computeDocumentLinks(analysisOf(d)),
    renumber: (d) => renumber(analysisOf(d)),
    renumberVersion: (d, counterpart, numbering) =>
      renumberFollowing(compareVersions(analysisOf(d), analysisOf(counterpart.document)), counterpart, settings.locale, numbering),
    fixAll: (d) => fixAll(analysisOf(d)),
    computeVersionDiagnostics: (d, counterparts) =>
      versionDiagnostics(
        analysisOf(d),
        counterparts.map((c) => ({ analysis: analysisOf(c.document), name: c.name })),
        settings.locale,
        settings.rules['version-alignment'] ?? 'warning',
        options.ruleDocsBase,
      ),
    compareVersions: (a, b) => compareVersions(analysisOf(a), analysisOf(b)),
    forget: (uri) => {
      cache.delete(uri);
    },
    forgetStale: (document) => {
      const cached = cache.get(document.uri);
      if (cached && (cached.version !== document.version || cached.text !== document.getText())) cache.delete(document.uri);
    },
  };
}

/**
 * Whether a Markdown or plain-text document is a resolution: it has an organ line, or at least two
 * paragraphs open with known leading phrases. Reads only the first lines, so it is cheap on any file.
 */
export function looksLikeResolution(text: string): boolean {
  const head = text.slice(0, 20000);
  if (looksLikeAmendmentSheet(head)) return true;
  if (/^[ \t#*_]*(the security council|the general assembly|the economic and social council|le conseil de s[ée]curit[ée]|l['’]assembl[ée]e g[ée]n[ée]rale|el consejo de seguridad|la asamblea general)[*_ ]*,/im.test(head)) {
    return true;
  }
  let hits = 0;
  for (const line of head.split(/\r\n|\r|\n/).slice(0, 300)) {
    const body = line.replace(/^[ \t]*\d{1,3}\.[ \t]+/, '');
    const words = leadingWords(body);
    if (words.length > 0 && LANGUAGES.some((l) => lexiconFor(l).match(words))) hits++;
    if (hits >= 2) return true;
  }
  return false;
}
