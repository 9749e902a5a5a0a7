import type { TextDocument } from 'vscode-languageserver-textdocument';
import { amendmentContext, type AmendmentContext, type WorkspaceTexts } from './amendments/lazy';
import { analyseCitations, type Catalogue, type DocumentCitations } from './citations';
import { applyDirectives, directiveFindings, parseDirectives } from './directives';
import { type Lexicon, lexiconFor } from './lexicon';
import { format } from './messages';
import { parseResolution } from './model/parser';
import type { ResolutionModel } from './model/types';
import { RULES } from './rules';
import type { Finding, Rule } from './rules/types';
import type { ServiceSettings, Severity } from './settings';

const RULE_CODES: ReadonlySet<string> = new Set(RULES.map((r) => r.code));
/** Rules that read amendment sheets; the others read drafts only. */
const SHEET_RULES: ReadonlySet<string> = new Set(['amendment-target']);

/** A finding with the rule code and the severity the settings give it. */
export interface RuleFinding extends Finding {
  readonly code: string;
  readonly effectiveSeverity: Severity;
}

/**
 * Everything computed for one version of one document. The model is built once per version and shared by
 * every rule and feature; findings are computed on first request.
 */
export class DocumentAnalysis {
  private findingsCache: readonly RuleFinding[] | undefined;
  private citationsCache: DocumentCitations | undefined;
  private amendmentCache: { value: AmendmentContext | undefined } | undefined;

  constructor(
    readonly document: TextDocument,
    readonly model: ResolutionModel,
    readonly settings: ServiceSettings,
    /** The external citation catalogue, when one is configured and could be read. */
    readonly catalogue?: Catalogue,
    /** What the document may read of the workspace (an amendment sheet's base draft). */
    readonly workspace?: WorkspaceTexts,
  ) {}

  /** For an amendment sheet: its base and the operations planned on it, once per version; else undefined. */
  get amendment(): AmendmentContext | undefined {
    this.amendmentCache ??= { value: amendmentContext(this.model.text, this.document.uri, this.workspace, this.settings.locale) };
    return this.amendmentCache.value;
  }

  /** Citations found once per version, shared by the citation rules, hover, links and completion. */
  get citations(): DocumentCitations {
    this.citationsCache ??= analyseCitations(this.model, this.catalogue);
    return this.citationsCache;
  }

  get lexicon(): Lexicon {
    return lexiconFor(this.model.language);
  }

  /** Runs every enabled rule once; a rule that throws is reported on stderr and skipped, never fatal. */
  get findings(): readonly RuleFinding[] {
    if (this.findingsCache) return this.findingsCache;
    const findings: RuleFinding[] = [];
    for (const rule of RULES) this.runRule(rule, findings);
    return this.settle(findings);
  }

  /**
   * The same findings, one rule at a time with `pause()` awaited between rules, so that the server can
   * answer the requests waiting behind a large document's analysis (hover, completion, semantic tokens)
   * instead of holding them for every rule. Gives up, returning undefined, as soon as `stale()` says that
   * a newer version of the document has arrived: its own analysis will follow.
   */
  async findingsInSteps(pause: () => Promise<void>, stale: () => boolean): Promise<readonly RuleFinding[] | undefined> {
    const findings: RuleFinding[] = [];
    for (const rule of RULES) {
      // A request in between may have needed every finding at once (a code action): then they are done.
      if (this.findingsCache) return this.findingsCache;
      this.runRule(rule, findings);
      await pause();
      if (stale()) return undefined;
    }
    return this.findingsCache ?? this.settle(findings);
  }

  private runRule(rule: Rule, findings: RuleFinding[]): void {
    const configured = this.settings.rules[rule.code];
    if (configured === 'off' || this.settings.ignored) return;
    // An amendment sheet is not a draft: only the rules written for sheets read it.
    if (!SHEET_RULES.has(rule.code) && this.amendment) return;
    const { locale } = this.settings;
    const citations = (): DocumentCitations => this.citations;
    const amendment = (): AmendmentContext | undefined => this.amendment;
    const report = (f: Finding): void => {
      const { start, end } = wholeCharacters(this.model.text, f.start, f.end);
      findings.push({ ...f, start, end, code: rule.code, effectiveSeverity: configured ?? f.severity ?? rule.defaultSeverity });
    };
    try {
      rule.check({
        model: this.model,
        lexicon: this.lexicon,
        locale,
        final: this.settings.final === true,
        t: (message, args) => format(message, locale, args),
        report,
        // A getter: documents without citation rules enabled never pay for the scan.
        get citations() {
          return citations();
        },
        get amendment() {
          return amendment();
        },
      });
    } catch (error) {
      console.error(`unres: rule ${rule.code} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private settle(all: RuleFinding[]): readonly RuleFinding[] {
    // The inline directives (<!-- unres-disable … -->) are applied here, once, for every consumer.
    const { model, settings } = this;
    const directives = parseDirectives(model.text, model.lineStarts);
    const { kept, problems } = applyDirectives(all, directives, model.lineStarts, RULE_CODES, settings.reportUnusedDirectives === true);
    const findings: RuleFinding[] = settings.ignored ? [] : [...kept, ...directiveFindings(problems, settings.locale)];
    // Reading order, whatever order the rules ran in: diagnostics, code actions and the CLI all list them so.
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    this.findingsCache = findings;
    return findings;
  }
}

/**
 * Widens a finding's span so that it never starts or ends between the two halves of a surrogate pair:
 * rules often anchor a finding on "the first character" as `start + 1`, which cuts an emoji or a CJK
 * extension character in half (found by the fuzz tests; LSP positions are UTF-16 code units).
 */
function wholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  const splits = (i: number): boolean => {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  };
  return { start: splits(start) ? start - 1 : start, end: splits(end) ? end + 1 : end };
}

export function analyze(document: TextDocument, settings: ServiceSettings, catalogue?: Catalogue, workspace?: WorkspaceTexts): DocumentAnalysis {
  const language = settings.language === 'auto' ? undefined : settings.language;
  const model = parseResolution(document.getText(), language ? { language } : {});
  return new DocumentAnalysis(document, model, settings, catalogue, workspace);
}
