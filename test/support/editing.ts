import { applyOffsetEdits } from '../../server/src/features/offsetEdits';
import { planRenumber, type RenumberPlan } from '../../server/src/features/renumber';
import { parseResolution } from '../../server/src/model/parser';
import type { Paragraph } from '../../server/src/model/types';
import { findReferences, OperativeIndex, resolveItem } from '../../server/src/references';

/** Helpers shared by the renumbering tests and the editing property tests. */

export function renumberText(text: string): { text: string; plan: RenumberPlan } {
  const plan = planRenumber(parseResolution(text));
  return { text: applyOffsetEdits(text, plan.edits), plan };
}

/** The text with every number and every subparagraph label value (in labels and in references) masked: what renumbering may not change. */
export function skeleton(text: string): string {
  const model = parseResolution(text);
  const spans: { start: number; end: number }[] = [];
  const walk = (p: Paragraph): void => {
    if (p.label) spans.push(p.label.valueSpan);
    p.subparagraphs.forEach(walk);
  };
  model.paragraphs.forEach(walk);
  for (const r of findReferences(model)) for (const item of r.items) for (const l of item.labels) spans.push(l.span);
  spans.sort((a, b) => a.start - b.start);
  let masked = applyOffsetEdits(text, spans.map((s) => ({ ...s, newText: '@' })));
  masked = masked.replace(/\d+/g, '#');
  return masked;
}

/**
 * What each internal reference points at: the target's place in the document (renumbering never moves a
 * paragraph) and the start of its text with numbers and bracketed letters masked (they may change).
 */
export function referenceTargets(text: string): string[] {
  const model = parseResolution(text);
  const index = new OperativeIndex(model);
  return findReferences(model).flatMap((r) =>
    r.items.map((item) => {
      const target = resolveItem(index, item);
      if (target.kind !== 'found') return `<${target.kind}>`;
      const p = target.subparagraph ?? target.paragraph;
      // Masked before it is cut, so that a number renumbered to fewer digits does not move the cut.
      const body = text.slice(p.bodyStart, p.end).replace(/\d+/g, '#').replace(/\(?\b[a-z]{1,4}\)/g, '@').slice(0, 60);
      const descendants: Paragraph[] = [];
      const walk = (q: Paragraph): void => q.subparagraphs.forEach((sub) => (descendants.push(sub), walk(sub)));
      walk(target.paragraph);
      return `operative ${model.operative.indexOf(target.paragraph)}, subparagraph ${descendants.indexOf(p)}: ${body}`;
    }),
  );
}
