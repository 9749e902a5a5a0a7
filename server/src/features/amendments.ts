import type { Hover, Location } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { paragraphText, targetName, type OperationPlan } from '../amendments/lazy';
import { positionOf } from '../model/lines';
import type { Span } from '../model/types';

/**
 * Hover and go-to-definition on the operations of an amendment sheet: the hover shows the target's text as
 * it stands in the base draft; go-to-definition opens the base at the paragraph (or the words) it acts on.
 */

/** The operation whose sentence holds the offset; its target phrase first, when several share a sentence. */
function planAt(analysis: DocumentAnalysis, offset: number): OperationPlan | undefined {
  const plans = analysis.amendment?.plans ?? [];
  const inside = (s: Span | undefined): boolean => s !== undefined && s.start <= offset && offset <= s.end;
  return plans.find((p) => inside(p.operation.target) || inside(p.operation.words)) ?? plans.find((p) => inside(p.operation.span));
}

/** Hover text: what the operation names, and the text there now. */
export function amendmentHover(analysis: DocumentAnalysis, offset: number): Hover | null {
  const context = analysis.amendment;
  const plan = context && planAt(analysis, offset);
  if (!context?.baseModel || !plan?.paragraph) return null;
  const baseText = context.baseModel.text;
  const name = targetName(plan.operation.target, analysis.settings.locale);
  const current = paragraphText(baseText, plan.paragraph).replace(/\s+/g, ' ').trim();
  const quoted = current.length > 1200 ? `${current.slice(0, 1199)}…` : current;
  const line = positionOf(context.baseModel.lineStarts, plan.paragraph.start).line + 1;
  const file = decodeURIComponent(context.base!.uri.replace(/^.*\//, ''));
  return {
    contents: { kind: 'markdown', value: `**${name}** (${file}:${line})\n\n> ${quoted.replace(/([\\`*_[\]<>])/g, '\\$1')}` },
    range: { start: analysis.document.positionAt(plan.operation.target.start), end: analysis.document.positionAt(plan.operation.target.end) },
  };
}

/** The place in the base draft an operation acts on. */
export function amendmentDefinition(analysis: DocumentAnalysis, offset: number): Location | null {
  const context = analysis.amendment;
  const plan = context && planAt(analysis, offset);
  if (!context?.baseModel || !context.base || !plan?.targetSpan) return null;
  const starts = context.baseModel.lineStarts;
  return { uri: context.base.uri, range: { start: positionOf(starts, plan.targetSpan.start), end: positionOf(starts, plan.targetSpan.end) } };
}
