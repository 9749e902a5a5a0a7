import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis';
import { defineMessages, format, type Locale } from '../messages';
import { labelValueFor } from '../model/labels';
import type { LabelKind, Paragraph, ResolutionModel, Span } from '../model/types';
import { findReferences, OperativeIndex, resolveItem } from '../references';
import type { OffsetEdit } from '../rules/types';
import { toTextEdits } from './offsetEdits';

export { RENUMBER_COMMAND } from './commands';

export interface RenumberResult {
  /** Minimal edits: only the numbers, labels and references that change. */
  readonly edits: TextEdit[];
  /** References that could not be updated (ambiguous or missing target), for the user to review. */
  readonly problems: { readonly range: TextEdit['range']; readonly message: string }[];
  /** The number each operative paragraph gets, in order (see RenumberPlan.numbering). */
  readonly numbering?: readonly (number | undefined)[];
}

export interface RenumberProblem extends Span {
  readonly message: string;
}

export interface RenumberPlan {
  /** Sorted, non-overlapping edits in offsets of the model text. */
  readonly edits: OffsetEdit[];
  readonly problems: RenumberProblem[];
  /**
   * The number each operative paragraph gets, in document order (undefined: it keeps what it has, an
   * unnumbered single paragraph): the mapping the other language versions are renumbered with.
   */
  readonly numbering: readonly (number | undefined)[];
}

const messages = defineMessages({
  missing: {
    en: 'This reference was not updated: there is no paragraph {number} in the text.',
    fr: 'Ce renvoi n’a pas été mis à jour : le texte n’a pas de paragraphe {number}.',
    es: 'Esta remisión no se actualizó: el texto no tiene párrafo {number}.',
  },
  ambiguous: {
    en: 'This reference was not updated: {count} paragraphs are numbered {number}, so its target is unclear.',
    fr: 'Ce renvoi n’a pas été mis à jour : {count} paragraphes portent le numéro {number}, la cible est incertaine.',
    es: 'Esta remisión no se actualizó: {count} párrafos llevan el número {number}, su destino no está claro.',
  },
  missingLabel: {
    en: 'This reference was not updated: paragraph {number} has no subparagraph {label}.',
    fr: 'Ce renvoi n’a pas été mis à jour : le paragraphe {number} n’a pas d’alinéa {label}.',
    es: 'Esta remisión no se actualizó: el párrafo {number} no tiene apartado {label}.',
  },
  ambiguousLabel: {
    en: 'This reference was not updated: paragraph {number} has several subparagraphs {label}.',
    fr: 'Ce renvoi n’a pas été mis à jour : le paragraphe {number} a plusieurs alinéas {label}.',
    es: 'Esta remisión no se actualizó: el párrafo {number} tiene varios apartados {label}.',
  },
});

/**
 * Plans the renumbering of a resolution:
 *
 * - operative paragraphs get 1..N in document order. An unnumbered operative paragraph gets "N. " inserted;
 *   a paragraph known only by its negotiation label ("OP7") has that label's digits renumbered.
 * - "bis"/"ter" paragraphs are kept as inserted paragraphs, as the operative-numbering rule counts them:
 *   "5 bis" follows the paragraph before it and takes its new number ("4 bis" if 5 became 4). Turning them
 *   into ordinary numbers is a decision for the negotiators, not a mechanical one.
 * - subparagraph labels are relettered per level and per kind: (a), (b)… and (i), (ii)…, keeping the style.
 * - every reference to the document's own paragraphs ("paragraphs 4 to 8 above", "paragraphe 3 a)
 *   ci-dessus") is rewritten to the new number of the paragraph it pointed at. A reference whose target is
 *   missing or doubled is left as written and reported.
 *
 * Edits replace digits and label letters only, so the rest of the text is untouched by construction, and
 * a second run finds nothing to change.
 *
 * `numbering`, when given, is the number of each operative paragraph in document order, taken from another
 * language version of the text (see renumberVersions.ts): the paragraphs follow it instead of counting 1..N.
 */
export function planRenumber(model: ResolutionModel, locale: Locale = 'en', numbering?: readonly (number | undefined)[]): RenumberPlan {
  const text = model.text;
  const edits: OffsetEdit[] = [];
  const problems: RenumberProblem[] = [];
  const replace = (span: Span, newText: string): void => {
    if (text.slice(span.start, span.end) !== newText) edits.push({ start: span.start, end: span.end, newText });
  };

  const newNumber = new Map<Paragraph, number>();
  const assignedNumbers: (number | undefined)[] = [];
  let n = 0;
  let section = -1;
  for (const [i, p] of model.operative.entries()) {
    const suffix = p.number?.suffix;
    // Each section of an omnibus resolution numbers from 1, as the numbering rule reads it.
    if (p.section !== section && p.number?.value === 1 && !suffix) n = 0;
    section = p.section;
    let assigned: number;
    if (numbering) {
      const given = numbering[i];
      assignedNumbers.push(given);
      if (given === undefined) {
        if (p.number) newNumber.set(p, p.number.value);
        continue;
      }
      assigned = given;
    } else if (suffix) assigned = n > 0 ? n : p.number!.value; // a "bis" before any numbered paragraph keeps its number
    else assigned = ++n;
    if (!numbering) assignedNumbers.push(p.number || p.negotiationLabel?.kind === 'OP' || model.operative.length > 1 ? assigned : undefined);
    newNumber.set(p, assigned);
    if (p.number) replace(p.number.digits, String(assigned));
    else if (p.negotiationLabel?.kind === 'OP') replace(negotiationDigits(text, p.negotiationLabel), String(assigned));
    // A resolution with a single operative paragraph leaves it unnumbered: that is the UN's rule.
    else if (model.operative.length > 1) edits.push({ start: p.start, end: p.start, newText: `${assigned}. ` });
  }

  const newLabel = new Map<Paragraph, string>();
  const reletter = (parent: Paragraph): void => {
    const counters = new Map<LabelKind, number>();
    // Siblings of different kinds ("(1)" then "(ii)", an OCR slip) leave the intended series unclear:
    // such a group is left as written rather than guessed.
    // Dash, bullet and unlabelled items keep their marks: they are not a series.
    const kinds = new Set(parent.subparagraphs.map((s) => s.label?.kind).filter((k) => k !== 'item'));
    for (const sub of parent.subparagraphs) {
      const label = sub.label;
      if (label && label.kind !== 'item' && kinds.size === 1) {
        const ordinal = (counters.get(label.kind) ?? 0) + 1;
        counters.set(label.kind, ordinal);
        const value = labelValueFor(label.kind, ordinal);
        newLabel.set(sub, value);
        replace(label.valueSpan, value);
      }
      reletter(sub);
    }
  };
  for (const p of model.paragraphs) reletter(p);

  const replaceNumber = (digits: Span, paragraph: Paragraph): void => {
    const value = newNumber.get(paragraph);
    if (value !== undefined) replace(digits, String(value));
  };
  const index = new OperativeIndex(model);
  const t = (message: (typeof messages)[keyof typeof messages], args: Record<string, string | number>): string =>
    format(message, locale, args);
  for (const reference of findReferences(model)) {
    for (const item of reference.items) {
      const written = item.suffix ? `${item.number} ${item.suffix}` : String(item.number);
      const at: Span = item.digits ?? item.labels[0]!.span;
      const target = resolveItem(index, item);
      switch (target.kind) {
        case 'missing':
          if (item.digits) problems.push({ ...at, message: t(messages.missing, { number: written }) });
          break;
        case 'ambiguous':
          if (item.digits) problems.push({ ...at, message: t(messages.ambiguous, { number: written, count: target.count }) });
          break;
        case 'missing-label':
        case 'ambiguous-label':
          if (item.digits) replaceNumber(item.digits, target.paragraph);
          problems.push({
            ...target.label.span,
            message: t(target.kind === 'missing-label' ? messages.missingLabel : messages.ambiguousLabel, { number: written, label: target.label.value }),
          });
          break;
        case 'found': {
          if (item.digits) replaceNumber(item.digits, target.paragraph);
          // Follow the label path again to rewrite each level's letter.
          let current = target.paragraph;
          for (const label of item.labels) {
            const sub = current.subparagraphs.find((s) => s.label?.value === label.value)!;
            replace(label.span, newLabel.get(sub) ?? label.value);
            current = sub;
          }
          break;
        }
      }
    }
  }
  edits.sort((a, b) => a.start - b.start);
  return { edits, problems, numbering: assignedNumbers };
}

/** The digits of a negotiation label such as "OP 7." */
export function negotiationDigits(text: string, label: Span): Span {
  const m = /\d+/.exec(text.slice(label.start, label.end));
  return m ? { start: label.start + m.index, end: label.start + m.index + m[0].length } : label;
}

/** A plan's edits and problems in positions of `document` (this document, or a paired version of it). */
export function planInDocument(document: TextDocument, plan: RenumberPlan): Pick<RenumberResult, 'edits' | 'problems'> {
  return {
    edits: toTextEdits(document, plan.edits),
    problems: plan.problems.map((p) => ({ range: { start: document.positionAt(p.start), end: document.positionAt(p.end) }, message: p.message })),
  };
}

/** Numbers operative paragraphs 1..N in order and rewrites the document's references to them. */
export function renumber(analysis: DocumentAnalysis): RenumberResult {
  const plan = planRenumber(analysis.model, analysis.settings.locale);
  return { ...planInDocument(analysis.document, plan), numbering: plan.numbering };
}
