import type { AmendmentContext } from '../amendments/context';
import type { DocumentCitations } from '../citations';
import type { Lexicon } from '../lexicon';
import type { Locale, Message } from '../messages';
import type { ResolutionModel, Span } from '../model/types';
import type { Severity } from '../settings';

/** A text edit in offsets of the document text. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A mechanical correction a rule offers with its finding. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  /** Whether "fix all" may apply it without a person choosing (it has one right answer). */
  readonly safe: boolean;
}

/** What a rule reports: a range covering the offending text only, a message, and optional fixes. */
export interface Finding extends Span {
  readonly message: string;
  /** Overrides the rule's default severity for this finding (the user's setting still wins). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly model: ResolutionModel;
  readonly lexicon: Lexicon;
  readonly locale: Locale;
  /** The document's citations (recognised on first use, once per version) and its own date and number. */
  readonly citations: DocumentCitations;
  /** For an amendment sheet: the sheet read, its base draft and the operations planned on it (read on first use). */
  readonly amendment?: AmendmentContext | undefined;
  /** Whether the draft is declared final (setting `unres.final`): negotiation marks must be gone. */
  readonly final?: boolean;
  /** Formats one of the rule's messages in the user's locale. */
  t(message: Message, args?: Readonly<Record<string, string | number>>): string;
  report(finding: Finding): void;
}

export interface Rule {
  /** Stable code, shown with every diagnostic and used in settings: "operative-numbering". */
  readonly code: string;
  /** One line on what the rule checks, for docs and `unres rules`. */
  readonly description: Message;
  readonly defaultSeverity: Severity;
  check(context: RuleContext): void;
}
