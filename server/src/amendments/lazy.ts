import type { Locale } from '../messages';
import type { Paragraph } from '../model/types';
import { isAmendmentSheet } from './detect';
import type { AmendmentContext, AmendmentProblem, AmendmentResult, AmendmentSheet, ApplyOptions, Target, WorkspaceTexts } from './index';
import { loadAmendments } from './load';

/**
 * The amendments as the language server and the rules reach them: what every document needs (is it a
 * sheet?) is here, and the rest is loaded from the amendments bundle the first time a sheet needs it.
 * Import from this file, not from index.ts, anywhere the server bundle reaches.
 */

export { isAmendmentSheet, looksLikeAmendmentSheet, SHEET_EXTENSION } from './detect';
export type { AmendmentContext, AmendmentProblem, AmendmentResult, AmendmentSheet, OperationPlan, OperationReport, WorkspaceTexts } from './index';

/** Undefined for a text that is not an amendment sheet: ordinary drafts pay one look at their first lines. */
export function amendmentContext(text: string, uri: string, workspace: WorkspaceTexts | undefined, locale: Locale): AmendmentContext | undefined {
  return isAmendmentSheet(text, uri) ? loadAmendments().amendmentContext(text, uri, workspace, locale) : undefined;
}

export function readAmendmentSheet(text: string, fileName = ''): AmendmentSheet | undefined {
  return isAmendmentSheet(text, fileName) ? loadAmendments().readAmendmentSheet(text, fileName) : undefined;
}

export const applyAmendments = (sheet: AmendmentSheet, baseText: string, options: ApplyOptions): AmendmentResult => loadAmendments().applyAmendments(sheet, baseText, options);
export const describeProblem = (problem: AmendmentProblem, locale: Locale): string => loadAmendments().describeProblem(problem, locale);
export const targetName = (target: Pick<Target, 'part' | 'number' | 'labels' | 'whole'>, locale: Locale): string => loadAmendments().targetName(target, locale);
export const paragraphText = (text: string, p: Paragraph): string => loadAmendments().paragraphText(text, p);
