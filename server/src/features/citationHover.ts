import type { Hover } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { catalogueEntry, type Citation, officialSymbol, scAdoptionYear, undocsUrl } from '../citations';
import { describeCitation, describeParagraph, formatDate } from '../citations/describe';
import { parseIsoDate } from '../citations/heading';
import { SC_LAST_KNOWN, SC_LAST_KNOWN_DATE } from '../citations/scYears';
import { defineMessages, format, type Locale } from '../messages';

const messages = defineMessages({
  adoptedOn: { en: 'Adopted on {date}', fr: 'Adoptée le {date}', es: 'Aprobada el {date}' },
  adoptedIn: { en: 'Adopted in {year}', fr: 'Adoptée en {year}', es: 'Aprobada en {year}' },
  written: {
    en: 'The citation gives {written}.',
    fr: 'La citation indique {written}.',
    es: 'La cita indica {written}.',
  },
  newer: {
    en: 'Newer than the built-in facts, which end with resolution {last} of {date}.',
    fr: 'Plus récente que les données intégrées, qui s’arrêtent à la résolution {last} du {date}.',
    es: 'Más reciente que los datos integrados, que terminan en la resolución {last}, del {date}.',
  },
});

/**
 * Markdown emphasis, links, code and HTML characters in text shown in the hover (catalogue subjects come
 * from a file, and must read as text, not markup). Parentheses and dots are safe inside a line.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** The number as it should be written, with the year the facts give (the hover shows the right one). */
function correctedLabel(c: Citation, year: number | undefined): string {
  if (year === undefined || c.number === undefined || c.body !== 'security-council' || c.kind !== 'resolution') return c.standard;
  const part = c.part ? ` ${c.part}` : '';
  return c.form === 'symbol' ? `S/RES/${c.number} (${year})` : `${c.number}${part} (${year})`;
}

/** Hover on a citation: what it is, its date and subject where the catalogue has them, and its link. */
export function citationHover(analysis: DocumentAnalysis, offset: number): Hover | undefined {
  const citations = analysis.citations;
  const c = citations.at(offset);
  if (!c) return undefined;
  const locale: Locale = analysis.settings.locale;
  const catalogue = citations.catalogue;
  const scYear = c.kind === 'resolution' && c.body === 'security-council' && c.number !== undefined ? scAdoptionYear(c.number, catalogue) : undefined;

  let title = describeCitation(c, locale, correctedLabel(c, scYear));
  if (c.paragraph) title = describeParagraph(c.paragraph.text, title, locale);
  const lines = [`**${escapeMarkdown(title)}**`];

  const entry = catalogueEntry(c, catalogue);
  if (entry) {
    const adopted = format(messages.adoptedOn, locale, { date: formatDate(parseIsoDate(entry.date), locale) });
    lines.push(entry.title ? `${adopted} — ${escapeMarkdown(entry.title)}` : adopted);
  } else if (scYear !== undefined) {
    lines.push(format(messages.adoptedIn, locale, { year: scYear }));
  } else if (c.kind === 'resolution' && c.body === 'security-council' && c.number !== undefined && c.number > SC_LAST_KNOWN) {
    lines.push(format(messages.newer, locale, { last: SC_LAST_KNOWN, date: formatDate(parseIsoDate(SC_LAST_KNOWN_DATE), locale) }));
  }
  if (scYear !== undefined && c.year !== undefined && c.year !== scYear) {
    lines.push(format(messages.written, locale, { written: c.year }));
  }
  const symbol = officialSymbol(c, catalogue);
  if (symbol) lines.push(`[${escapeMarkdown(symbol)}](${undocsUrl(symbol)})`);

  const doc = analysis.document;
  const start = c.paragraph ? c.paragraph.span.start : c.start;
  return {
    contents: { kind: 'markdown', value: lines.join('\n\n') },
    range: { start: doc.positionAt(start), end: doc.positionAt(c.end) },
  };
}
