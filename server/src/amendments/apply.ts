import { applyOffsetEdits } from '../features/offsetEdits';
import { planRenumber } from '../features/renumber';
import type { Language } from '../lexicon';
import type { Locale } from '../messages';
import { parseResolution } from '../model/parser';
import type { OffsetEdit } from '../rules/types';
import { describeProblem, AMENDMENT_MESSAGES } from './messages';
import { planAmendments, type OperationPlan } from './plan';
import type { AmendmentSheet } from './read';
import { format } from '../messages';

export type OperationStatus = 'applied' | 'refused' | 'not-applied' | 'checked';

export interface OperationReport {
  /** 1-based order in the sheet (sentences that could not be read have none). */
  readonly index: number | undefined;
  /** The instruction as the sheet writes it, on one line. */
  readonly instruction: string;
  /** Offset of the instruction in the sheet. */
  readonly at: number;
  readonly status: OperationStatus;
  /** Why it was refused, in the reader's language; for a checked operation, what was done instead. */
  readonly reason?: string;
}

export interface AmendmentResult {
  /** The amended draft; the base unchanged when nothing was applied. */
  readonly text: string;
  readonly reports: readonly OperationReport[];
  /** Whether any change was made. */
  readonly changed: boolean;
  /** Renumbering after paragraphs came or went: how many numbers and references changed, and the references left. */
  readonly renumbered?: { readonly changes: number; readonly problems: readonly { readonly line: number; readonly message: string }[] };
}

export interface ApplyOptions {
  readonly locale: Locale;
  /** Apply the operations that can be, even when others are refused. */
  readonly partial?: boolean;
  readonly language?: Language;
}

/**
 * Applies a sheet to its base: every operation planned on the base as it stands, the accepted edits made
 * at once, then (when paragraphs came or went) the draft renumbered with the references to its paragraphs
 * rewritten. One refusal stops everything unless `partial`: a delegate votes on an amendment as a whole.
 */
export function applyAmendments(sheet: AmendmentSheet, baseText: string, options: ApplyOptions): AmendmentResult {
  const { locale } = options;
  const model = parseResolution(baseText, options.language ? { language: options.language } : {});
  const plans = planAmendments(sheet, model, locale);
  const oneLine = (start: number, end: number, text: string): string => text.slice(start, end).replace(/\s+/g, ' ').trim();
  const unread: OperationReport[] = sheet.problems.map((p) => ({
    index: undefined,
    instruction: oneLine(p.start, p.end, sheetText(sheet)),
    at: p.start,
    status: 'refused',
    reason: format(AMENDMENT_MESSAGES[p.code === 'no-target' ? 'noTarget' : 'noText'], locale),
  }));
  const refused = unread.length > 0 || plans.some((p) => p.problem);
  const go = !refused || options.partial === true;
  const reports: OperationReport[] = [
    ...unread,
    ...plans.map((plan) => report(plan, go, locale, sheetText(sheet))),
  ].sort((a, b) => a.at - b.at);
  if (!go) return { text: baseText, reports, changed: false };
  const accepted = plans.filter((p) => !p.problem);
  const edits: OffsetEdit[] = accepted.flatMap((p) => p.edits);
  let text = applyOffsetEdits(baseText, edits);
  if (!accepted.some((p) => p.structural)) return { text, reports, changed: text !== baseText };
  const amended = parseResolution(text, { language: model.language });
  const renumber = planRenumber(amended, locale);
  const problems = renumber.problems.map((p) => ({ line: lineOf(text, p.start), message: p.message }));
  text = applyOffsetEdits(text, renumber.edits);
  return { text, reports, changed: text !== baseText, renumbered: { changes: renumber.edits.length, problems } };
}

function report(plan: OperationPlan, go: boolean, locale: Locale, sheet: string): OperationReport {
  const op = plan.operation;
  const base = { index: op.index, instruction: sheet.slice(op.span.start, op.span.end).replace(/\s+/g, ' ').trim(), at: op.span.start };
  if (plan.problem) return { ...base, status: 'refused', reason: describeProblem(plan.problem, locale) };
  if (op.covered) return { ...base, status: 'checked', reason: format(AMENDMENT_MESSAGES.covered, locale) };
  return go ? { ...base, status: 'applied' } : { ...base, status: 'not-applied', reason: format(AMENDMENT_MESSAGES.notApplied, locale) };
}

/** The sheet's text is kept by the reader for reports: the operations only hold offsets. */
function sheetText(sheet: AmendmentSheet): string {
  return sheet.text;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
