import type { Language } from '../lexicon';
import { defineMessages, format, type Locale } from '../messages';
import type { Paragraph } from '../model/types';
import type { Comparison, Discrepancy } from './compare';

const m = defineMessages({
  en: { en: 'English', fr: 'anglaise', es: 'inglesa' },
  fr: { en: 'French', fr: 'française', es: 'francesa' },
  es: { en: 'Spanish', fr: 'espagnole', es: 'española' },
  preamble: { en: 'preambular paragraph {n}', fr: 'l’alinéa {n} du préambule', es: 'el párrafo {n} del preámbulo' },
  operative: { en: 'paragraph {n}', fr: 'le paragraphe {n}', es: 'el párrafo {n}' },
  unnumbered: { en: 'the operative paragraph', fr: 'le paragraphe du dispositif', es: 'el párrafo dispositivo' },
  end: { en: 'the end of the text', fr: 'la fin du texte', es: 'el final del texto' },
  missingHere: {
    en: 'This paragraph has no counterpart in the {language} version {name} (it would come before {there}; {counts}).',
    fr: 'Cet alinéa n’a pas d’équivalent dans la version {language} {name} (il viendrait avant {there} ; {counts}).',
    es: 'Este párrafo no tiene equivalente en la versión {language} {name} (iría antes de {there}; {counts}).',
  },
  missingThere: {
    en: 'The {language} version {name} has a paragraph here that this version lacks: {there} ({counts}).',
    fr: 'La version {language} {name} a ici un alinéa qui manque dans celle-ci : {there} ({counts}).',
    es: 'La versión {language} {name} tiene aquí un párrafo que falta en esta: {there} ({counts}).',
  },
  counts: {
    en: 'preamble {p} here, {q} there; operative part {o} here, {r} there',
    fr: 'préambule : {p} ici, {q} là ; dispositif : {o} ici, {r} là',
    es: 'preámbulo: {p} aquí, {q} allí; parte dispositiva: {o} aquí, {r} allí',
  },
  differs: {
    en: '{what} “{here}” here, “{there_says}” in {there} of the {language} version {name}.',
    fr: '{what} « {here} » ici, « {there_says} » dans {there} de la version {language} {name}.',
    es: '{what} «{here}» aquí, «{there_says}» en {there} de la versión {language} {name}.',
  },
  onlyHere: {
    en: '{what} “{here}” is not in {there} of the {language} version {name}.',
    fr: '{what} « {here} » ne figure pas dans {there} de la version {language} {name}.',
    es: '{what} «{here}» no figura en {there} de la versión {language} {name}.',
  },
  onlyThere: {
    en: '{there} of the {language} version {name} has {what_lower} “{there_says}” that this paragraph lacks.',
    fr: '{there} de la version {language} {name} contient {what_lower} « {there_says} » qui manque ici.',
    es: '{there} de la versión {language} {name} contiene {what_lower} «{there_says}» que falta aquí.',
  },
  citation: { en: 'Citation', fr: 'Citation', es: 'Cita' },
  citation_lower: { en: 'the citation', fr: 'la citation', es: 'la cita' },
  date: { en: 'Date', fr: 'Date', es: 'Fecha' },
  date_lower: { en: 'the date', fr: 'la date', es: 'la fecha' },
  number: { en: 'Number', fr: 'Nombre', es: 'Cifra' },
  number_lower: { en: 'the number', fr: 'le nombre', es: 'la cifra' },
  reference: { en: 'Reference to paragraph', fr: 'Renvoi au paragraphe', es: 'Remisión al párrafo' },
  reference_lower: { en: 'a reference to paragraph', fr: 'un renvoi au paragraphe', es: 'una remisión al párrafo' },
  subparagraphs: {
    en: 'Subparagraphs {here} here, {there_says} in {there} of the {language} version {name}.',
    fr: 'Sous-alinéas {here} ici, {there_says} dans {there} de la version {language} {name}.',
    es: 'Apartados {here} aquí, {there_says} en {there} de la versión {language} {name}.',
  },
  none: { en: '(none)', fr: '(aucun)', es: '(ninguno)' },
  leadKind: {
    en: '“{here}” opens a {kind} paragraph, but {there} of the {language} version {name} opens with “{there_says}”, of the other kind.',
    fr: '« {here} » ouvre un alinéa {kind}, mais {there} de la version {language} {name} s’ouvre sur « {there_says} », de l’autre sorte.',
    es: '«{here}» abre un párrafo {kind}, pero {there} de la versión {language} {name} empieza por «{there_says}», del otro tipo.',
  },
  preambleKind: { en: 'preambular', fr: 'du préambule', es: 'del preámbulo' },
  operativeKind: { en: 'operative', fr: 'du dispositif', es: 'dispositivo' },
  numbering: {
    en: 'This paragraph is numbered {here} here and {there_says} in the {language} version {name}.',
    fr: 'Ce paragraphe porte le numéro {here} ici et {there_says} dans la version {language} {name}.',
    es: 'Este párrafo lleva el número {here} aquí y {there_says} en la versión {language} {name}.',
  },
});

/** A paragraph as a message names it: "preambular paragraph 3", "paragraph 5". */
export function paragraphName(paragraphs: readonly Paragraph[], index: number | undefined, locale: Locale): string {
  const p = index === undefined ? undefined : paragraphs[index];
  if (!p) return format(m.end, locale);
  if (p.kind === 'preamble') {
    let n = 0;
    for (let i = 0; i <= index!; i++) if (paragraphs[i]!.kind === 'preamble') n++;
    return format(m.preamble, locale, { n });
  }
  return p.number ? format(m.operative, locale, { n: p.number.raw.replace(/\.$/, '') }) : format(m.unnumbered, locale);
}

export function languageName(language: Language, locale: Locale): string {
  return format(m[language], locale);
}

/**
 * The message shown in one version (`side`) for a discrepancy, naming the other version (`otherName`, its
 * file name) and its paragraph.
 */
export function discrepancyMessage(c: Comparison, d: Discrepancy, side: 'a' | 'b', otherName: string, locale: Locale): string {
  const other = side === 'a' ? 'b' : 'a';
  const here = d[side];
  const there = d[other];
  const otherModel = c[other].model;
  const args = {
    language: languageName(otherModel.language, locale),
    name: otherName,
    there: paragraphName(otherModel.paragraphs, there.paragraph, locale),
    here: here.says,
    there_says: there.says,
  };
  switch (d.kind) {
    case 'missing': {
      const mine = c.counts[side];
      const theirs = c.counts[other];
      const counts = format(m.counts, locale, { p: mine.preamble, q: theirs.preamble, o: mine.operative, r: theirs.operative });
      return format(isPresent(c, d, side) ? m.missingHere : m.missingThere, locale, { ...args, counts });
    }
    case 'subparagraphs':
      return format(m.subparagraphs, locale, { ...args, here: here.says || format(m.none, locale), there_says: there.says || format(m.none, locale) });
    case 'lead-kind':
    case 'lead-meaning': {
      const kind = c[side].paragraphs[here.paragraph!]?.leadKind === 'operative' ? m.operativeKind : m.preambleKind;
      return format(m.leadKind, locale, { ...args, kind: format(kind, locale) });
    }
    case 'numbering':
      return format(m.numbering, locale, args);
    default: {
      const what = format(m[d.kind], locale);
      const whatLower = format(m[`${d.kind}_lower`], locale);
      if (here.says && there.says) return format(m.differs, locale, { ...args, what });
      if (here.says) return format(m.onlyHere, locale, { ...args, what });
      const sentence = format(m.onlyThere, locale, { ...args, what_lower: whatLower });
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    }
  }
}

/** Whether the missing paragraph is in `side` (the other version lacks it). */
function isPresent(c: Comparison, d: Discrepancy, side: 'a' | 'b'): boolean {
  const index = d[side].paragraph;
  return c.pairs.some((p) => p[side] === index && p[side === 'a' ? 'b' : 'a'] === undefined);
}
