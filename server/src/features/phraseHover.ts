import { type Hover, MarkupKind } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { type Gender, LANGUAGES, type Language, type LeadMatch, lexiconFor, type PhraseKind } from '../lexicon';
import { defineMessages, format, type Locale } from '../messages';
import { positionOf } from '../model/lines';
import type { Paragraph, ResolutionModel, Span } from '../model/types';
import { readLead } from '../rules/lead-reading';
import { topParagraphAt } from './paragraphs';

const messages = defineMessages({
  preamble: { en: 'preambular phrase', fr: 'formule du préambule', es: 'frase del preámbulo' },
  operative: { en: 'operative verb', fr: 'verbe du dispositif', es: 'verbo de la parte dispositiva' },
  secondary: {
    en: 'italic verb inside the paragraph ({kind})',
    fr: 'verbe en italique dans l’alinéa ({kind})',
    es: 'verbo en cursiva dentro del párrafo ({kind})',
  },
  operativeForm: { en: 'Operative form', fr: 'Forme du dispositif', es: 'Forma dispositiva' },
  preambleForm: { en: 'Preambular form', fr: 'Forme du préambule', es: 'Forma del preámbulo' },
  otherGender: { en: 'Other gender', fr: 'Autre genre', es: 'Otro género' },
  masculine: { en: 'masculine', fr: 'masculin', es: 'masculino' },
  feminine: { en: 'feminine', fr: 'féminin', es: 'femenino' },
  en: { en: 'English', fr: 'Anglais', es: 'Inglés' },
  fr: { en: 'French', fr: 'Français', es: 'Francés' },
  es: { en: 'Spanish', fr: 'Espagnol', es: 'Español' },
  byForm: {
    en: 'Recognised by its form ({form}): it is in none of the checker’s lists, so no equivalents are shown.',
    fr: 'Reconnue à sa forme ({form}) : elle ne figure dans aucune liste du vérificateur, aussi aucun équivalent n’est indiqué.',
    es: 'Reconocida por su forma ({form}): no figura en ninguna lista del verificador, por eso no se indican equivalentes.',
  },
  participle: { en: 'a present participle', fr: 'un participe présent', es: 'un gerundio' },
  perfect: { en: 'a perfect participle', fr: 'un participe passé composé', es: 'un gerundio compuesto' },
  'past-participle': { en: 'a past participle', fr: 'un participe passé', es: 'un participio' },
  adjective: { en: 'an adjective', fr: 'un adjectif', es: 'un adjetivo' },
  present: { en: 'a verb in the present', fr: 'un verbe au présent', es: 'un verbo en presente' },
  // French typography puts a (non-breaking) space before a colon.
  labelled: { en: '{label}: {value}', fr: '{label}\u00a0: {value}', es: '{label}: {value}' },
});

/**
 * Hover on a leading phrase or an italic secondary verb: its kind (preambular phrase or operative verb),
 * the same concept in the other two languages, in the gender that agrees with the organ, and its form in
 * the other part of the resolution ("Recalling" ↔ "Recalls"); for a phrase in no list, the form it was
 * recognised by. Localised to the editor's language.
 */
export function phraseHover(analysis: DocumentAnalysis, offset: number): Hover | undefined {
  const { model } = analysis;
  const top = topParagraphAt(model, offset);
  if (!top) return undefined;
  const hit = findPhrase(model, top, offset);
  if (!hit) return undefined;
  const locale = analysis.settings.locale;
  const { entry } = hit.match;
  const gender: Gender | undefined = entry.gender ?? model.organ?.gender;
  const kindName = format(messages[entry.kind], locale);
  const title = hit.secondary ? format(messages.secondary, locale, { kind: kindName }) : kindName;
  const lines: string[] = [`**${escape(entry.text)}** — ${title}`];
  if (entry.gender && entry.otherGender) {
    const other = format(entry.gender === 'm' ? messages.feminine : messages.masculine, locale);
    lines.push(labelled(`${format(messages.otherGender, locale)} (${other})`, `*${escape(entry.otherGender)}*`, locale));
  }
  const equivalents = LANGUAGES.filter((l) => l !== model.language)
    .map((l) => equivalent(l, entry.concept, entry.kind, gender, locale))
    .filter((s): s is string => s !== undefined);
  if (equivalents.length > 0) lines.push(equivalents.join(' · '));
  if (entry.form) lines.push(format(messages.byForm, locale, { form: format(messages[entry.form], locale) }));
  const otherKind: PhraseKind = entry.kind === 'preamble' ? 'operative' : 'preamble';
  const counterpart = lexiconFor(model.language).byConcept(entry.concept, otherKind, gender);
  if (counterpart) {
    const label = format(otherKind === 'operative' ? messages.operativeForm : messages.preambleForm, locale);
    lines.push(labelled(label, `*${escape(counterpart.text)}*`, locale));
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: { start: positionOf(model.lineStarts, hit.span.start), end: positionOf(model.lineStarts, hit.span.end) },
  };
}

function equivalent(language: Language, concept: string, kind: PhraseKind, gender: Gender | undefined, locale: Locale): string | undefined {
  const entry = lexiconFor(language).byConcept(concept, kind, gender);
  return entry ? labelled(format(messages[language], locale), `*${escape(entry.text)}*`, locale) : undefined;
}

function labelled(label: string, value: string, locale: Locale): string {
  return format(messages.labelled, locale, { label, value });
}

interface PhraseHit {
  readonly match: LeadMatch;
  readonly span: Span;
  readonly secondary: boolean;
}

/** The recognised phrase under `offset` in a paragraph or one of its subparagraphs (ends inclusive). */
function findPhrase(model: ResolutionModel, p: Paragraph, offset: number): PhraseHit | undefined {
  const lead = p.lead;
  const reading = readLead(model, p);
  if (lead && reading) {
    // Hovering the opening italic marker counts as hovering the phrase.
    const span = reading.headSpan;
    const from = lead.italic ? Math.min(lead.outer.start, span.start) : span.start;
    if (offset >= from && offset <= span.end) return { match: reading.match, span, secondary: false };
  }
  for (const verb of p.secondaryVerbs) {
    if (offset >= verb.start && offset <= verb.end) return { match: verb.match, span: verb, secondary: true };
  }
  for (const sub of p.subparagraphs) {
    if (offset < sub.start) break;
    const hit = findPhrase(model, sub, offset);
    if (hit) return hit;
  }
  return undefined;
}

/** Escapes the characters Markdown would read as emphasis or links in a phrase. */
function escape(text: string): string {
  return text.replace(/([\\*_[\]`])/g, '\\$1');
}
