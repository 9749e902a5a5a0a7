import type { Language } from '../lexicon';
import { defineMessages, type Message } from '../messages';
import { labelValueFor } from '../model/labels';
import type { LabelKind, Paragraph, SubparagraphLabel } from '../model/types';
import { forEachSubparagraphList } from './structure-helpers';
import type { OffsetEdit, Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'Subparagraphs are labelled in sequence — (a), (b), (c), then (i), (ii), (iii) — in the style of the text’s language: "(a)" in English, "a)" in French and Spanish.',
    fr: 'Les subdivisions sont désignées dans l’ordre — a), b), c), puis i), ii), iii) — dans le style de la langue du texte : « (a) » en anglais, « a) » en français et en espagnol.',
    es: 'Los apartados se designan en orden — a), b), c), luego i), ii), iii) — en el estilo del idioma del texto: «(a)» en inglés, «a)» en francés y en español.',
  },
  first: {
    en: 'The first subparagraph of this list is "{expected}", not "{value}".',
    fr: 'La première subdivision de cette liste est « {expected} », et non « {value} ».',
    es: 'El primer apartado de esta lista es «{expected}», no «{value}».',
  },
  sequence: {
    en: 'After "{previous}" comes "{expected}", not "{value}".',
    fr: 'Après « {previous} » vient « {expected} », et non « {value} ».',
    es: 'Después de «{previous}» viene «{expected}», no «{value}».',
  },
  style: {
    en: 'In {language} texts this label is written "{expected}", not "{label}".',
    fr: 'Dans un texte {language}, cette désignation s’écrit « {expected} », et non « {label} ».',
    es: 'En un texto {language}, esta designación se escribe «{expected}», no «{label}».',
  },
  reletter: { en: 'Change to "{expected}"', fr: 'Remplacer par « {expected} »', es: 'Cambiar a «{expected}»' },
  restyle: { en: 'Write "{expected}"', fr: 'Écrire « {expected} »', es: 'Escribir «{expected}»' },
});

const LANGUAGE_NAMES: Record<Language, Message> = {
  en: { en: 'English', fr: 'anglais', es: 'inglés' },
  fr: { en: 'French', fr: 'français', es: 'francés' },
  es: { en: 'Spanish', fr: 'espagnol', es: 'español' },
};

/**
 * Labels are how other paragraphs cite a subparagraph ("paragraph 3 (b) above"), so a skipped or repeated
 * letter is worth a warning, and so is OCR damage such as "(1)" among "(ii)". Relettering is offered but not
 * as a safe fix, since a citation elsewhere may point at the old letter. The style fix only adds, removes or
 * changes the brackets and the full stop, never the letter itself, so it is safe.
 */
export const subparagraphLabels: Rule = {
  code: 'subparagraph-labels',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    forEachSubparagraphList(ctx.model.paragraphs, (_parent, all) => {
      // Dash, bullet and unlabelled items have no sequence and no style to check.
      const list = all.filter((p) => p.label?.kind !== 'item');
      if (list.length === 0) return;
      checkSequence(ctx, list);
      for (const item of list) if (item.label) checkStyle(ctx, item.label, item.level);
    });
  },
};

/** The kind a list uses: the most common among its labels; a tie goes to letters, then Roman numerals. */
function seriesKind(list: readonly Paragraph[]): LabelKind {
  const counts: Record<LabelKind, number> = { letter: 0, roman: 0, number: 0, item: 0 };
  for (const item of list) if (item.label) counts[item.label.kind]++;
  const order: LabelKind[] = ['letter', 'roman', 'number'];
  return order.reduce((best, kind) => (counts[kind] > counts[best] ? kind : best), order[0]!);
}

function checkSequence(ctx: RuleContext, list: readonly Paragraph[]): void {
  const kind = seriesKind(list);
  // Each label is compared with the one before it, so that one skipped letter gives one finding.
  let previous: { ordinal: number; value: string } | undefined;
  for (const item of list) {
    const label = item.label;
    if (!label) continue;
    const expectedOrdinal = (previous?.ordinal ?? 0) + 1;
    if (label.kind === kind && label.ordinal === expectedOrdinal) {
      previous = { ordinal: label.ordinal, value: label.value };
      continue;
    }
    const expected = labelValueFor(kind, expectedOrdinal);
    const args = { value: label.value, expected, previous: previous?.value ?? '' };
    const edit: OffsetEdit = { start: label.valueSpan.start, end: label.valueSpan.end, newText: expected };
    ctx.report({
      ...label.valueSpan,
      message: ctx.t(previous ? messages.sequence : messages.first, args),
      fixes: [{ title: ctx.t(messages.reletter, args), safe: false, edits: [edit] }],
    });
    // A skipped letter ("(a) (c) (d)") is one fault: carry on from the label as written when it is of the
    // list's kind and ahead, else from where it should have been.
    previous =
      label.kind === kind && label.ordinal > expectedOrdinal
        ? { ordinal: label.ordinal, value: label.value }
        : { ordinal: expectedOrdinal, value: expected };
  }
}

/**
 * English writes "(a)", French and Spanish "a)". Below the first level "a." and "i." are used in any language (adopted texts put "a." under "(i)").
 * The edits touch the brackets and the full stop only, so they never clash with a relettering edit.
 */
function checkStyle(ctx: RuleContext, label: SubparagraphLabel, level: number): void {
  const language = ctx.model.language;
  const wanted = language === 'en' ? 'paren' : 'close';
  if (label.style === wanted || (label.style === 'dot' && level >= 2)) return;
  const text = ctx.model.text;
  const edits: OffsetEdit[] = [];
  const raw = text.slice(label.start, label.end);
  const open = raw.indexOf('(');
  const closeAt = label.style === 'dot' ? raw.lastIndexOf('.') : raw.lastIndexOf(')');
  if (wanted === 'paren' && open === -1) edits.push({ start: label.start, end: label.start, newText: '(' });
  if (wanted === 'close' && open !== -1) edits.push({ start: label.start + open, end: label.start + open + 1, newText: '' });
  if (label.style === 'dot' && closeAt !== -1) edits.push({ start: label.start + closeAt, end: label.start + closeAt + 1, newText: ')' });
  let expected = raw;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    expected = expected.slice(0, edit.start - label.start) + edit.newText + expected.slice(edit.end - label.start);
  }
  const args = { label: raw, expected, language: ctx.t(LANGUAGE_NAMES[language]) };
  ctx.report({
    start: label.start,
    end: label.end,
    message: ctx.t(messages.style, args),
    fixes: [{ title: ctx.t(messages.restyle, args), safe: true, edits }],
  });
}
