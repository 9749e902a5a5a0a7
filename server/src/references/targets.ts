import type { Paragraph, ResolutionModel } from '../model/types';
import type { ReferenceItem, ReferencedLabel } from './recognizer';

/** The number an operative paragraph goes by: its label, or its "OP" negotiation label when it has none. */
export function operativeValue(p: Paragraph): number | undefined {
  return p.number?.value ?? (p.negotiationLabel?.kind === 'OP' ? p.negotiationLabel.value : undefined);
}

function key(value: number, suffix: string | undefined): string {
  return suffix ? `${value} ${suffix}` : String(value);
}

/** Operative paragraphs by the number they carry, to resolve references. Several under one key = a duplicate. */
export class OperativeIndex {
  private readonly byNumber = new Map<string, Paragraph[]>();

  constructor(model: ResolutionModel) {
    for (const p of model.operative) {
      const value = operativeValue(p);
      if (value === undefined) continue;
      const k = key(value, p.number?.suffix);
      const list = this.byNumber.get(k);
      if (list) list.push(p);
      else this.byNumber.set(k, [p]);
    }
  }

  paragraphs(value: number, suffix: string | undefined): readonly Paragraph[] {
    return this.byNumber.get(key(value, suffix)) ?? [];
  }
}

export type TargetResolution =
  | { readonly kind: 'found'; readonly paragraph: Paragraph; /** The subparagraph named, when labels were given. */ readonly subparagraph: Paragraph | undefined }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly count: number }
  /** The paragraph exists but has no subparagraph with this label (or several). */
  | { readonly kind: 'missing-label' | 'ambiguous-label'; readonly paragraph: Paragraph; readonly label: ReferencedLabel };

/** What a reference item points at, without guessing: a missing or doubled number is said, not resolved. */
export function resolveItem(index: OperativeIndex, item: ReferenceItem): TargetResolution {
  const candidates = index.paragraphs(item.number, item.suffix);
  if (candidates.length === 0) return { kind: 'missing' };
  if (candidates.length > 1) return { kind: 'ambiguous', count: candidates.length };
  const paragraph = candidates[0]!;
  let current: Paragraph = paragraph;
  for (const label of item.labels) {
    const matches = current.subparagraphs.filter((s) => s.label?.value === label.value);
    if (matches.length !== 1) return { kind: matches.length === 0 ? 'missing-label' : 'ambiguous-label', paragraph, label };
    current = matches[0]!;
  }
  return { kind: 'found', paragraph, subparagraph: current === paragraph ? undefined : current };
}
