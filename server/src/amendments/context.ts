import type { Locale } from '../messages';
import { parseResolution } from '../model/parser';
import type { ResolutionModel } from '../model/types';
import { findBaseDocument, type BaseDocument, type WorkspaceTexts } from './base';
import { planAmendments, type OperationPlan } from './plan';
import { readAmendmentSheet, type AmendmentSheet } from './read';

/** An amendment sheet read, its base found and parsed, and every operation planned: made once per version. */
export interface AmendmentContext {
  readonly sheet: AmendmentSheet;
  /** Undefined when the base could not be found (or may not be read). */
  readonly base: BaseDocument | undefined;
  readonly baseModel: ResolutionModel | undefined;
  readonly plans: readonly OperationPlan[];
}

/** Undefined for a text that is not an amendment sheet: ordinary drafts pay one look at their first lines. */
export function amendmentContext(text: string, uri: string, workspace: WorkspaceTexts | undefined, locale: Locale): AmendmentContext | undefined {
  const sheet = readAmendmentSheet(text, uri);
  if (!sheet || (sheet.operations.length === 0 && sheet.problems.length === 0)) return undefined;
  const base = workspace ? findBaseDocument(sheet, uri, workspace) : undefined;
  const baseModel = base ? parseResolution(base.text) : undefined;
  return { sheet, base, baseModel, plans: baseModel ? planAmendments(sheet, baseModel, locale) : [] };
}
