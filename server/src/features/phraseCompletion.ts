import { type CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { type Gender, LANGUAGES, lexiconFor, normalizeWord, type PhraseEntry, type PhraseKind } from '../lexicon';
import { defineMessages, format, type Locale } from '../messages';
import type { ResolutionModel } from '../model/types';
import { lineOf } from '../model/lines';

const messages = defineMessages({
  preamble: { en: 'Preambular phrase', fr: 'Formule du préambule', es: 'Fórmula del preámbulo' },
  operative: { en: 'Operative verb', fr: 'Verbe du dispositif', es: 'Verbo de la parte dispositiva' },
  closing: { en: 'Closing paragraph', fr: 'Paragraphe final', es: 'Párrafo final' },
  agrees: {
    en: 'Form agreeing with “{organ}”.',
    fr: 'Forme accordée avec « {organ} ».',
    es: 'Forma concordada con «{organ}».',
  },
  numbered: {
    en: 'Inserts the paragraph number {number}.',
    fr: 'Insère le numéro de paragraphe {number}.',
    es: 'Inserta el número de párrafo {number}.',
  },
});

/**
 * What is typed at the start of the line, before the cursor: indentation, an optional operative number,
 * optional italic marker, then at most a few words of a phrase. Anything else (punctuation, a citation…)
 * means the cursor is not at the start of a paragraph.
 */
const LINE_START = /^([ \t]*)(?:(\d{1,4})(?:[ \t]+[a-z]+)?\.[ \t]+)?([*_]?)((?:[\p{L}'’-]+[ \t]){0,4}[\p{L}'’-]*)$/u;

/**
 * Leading phrases at the start of a paragraph, in the document's language and the organ's gender:
 * preambular phrases before the first operative paragraph, operative verbs after it (with the next number
 * and the italics inserted), and the standard closing paragraph. Returns undefined when the cursor is not
 * where a paragraph starts, so that other completions can answer.
 */
export function phraseCompletions(analysis: DocumentAnalysis, offset: number): CompletionItem[] | undefined {
  const { model } = analysis;
  const text = model.text;
  if (offset > text.length) return undefined;
  const line = lineOf(model.lineStarts, offset);
  const lineStart = model.lineStarts[line]!;
  // A phrase start is short: a long run before the cursor is the middle of a paragraph, whatever it holds.
  if (offset - lineStart > 80) return undefined;
  const typed = LINE_START.exec(text.slice(lineStart, offset));
  if (!typed) return undefined;
  // Inside a word ("Rec|alling"): replacing only the part before the cursor would leave the rest behind.
  if (/[\p{L}]/u.test(text.charAt(offset))) return undefined;
  if (!isParagraphStart(model, line)) return undefined;
  // Before the organ line is the heading: no paragraph starts there.
  if (model.organ && lineStart <= model.organ.end) return undefined;
  if (model.others.some((o) => (o.kind === 'annex' || o.kind === 'closing') && o.start <= lineStart)) return undefined;

  const [, indent = '', typedNumber, marker = '', words = ''] = typed;
  const lexicon = lexiconFor(model.language);
  const prefix = normalizeWord(words.trim());
  if (prefix && !lexicon.entries.some((e) => e.key.startsWith(prefix))) return undefined;
  // A finished phrase followed by a space: the user has moved on to the text of the paragraph.
  if (/\s$/.test(words) && lexicon.entries.some((e) => e.key === prefix)) return undefined;

  const operativeBefore = model.operative.filter((p) => p.start < lineStart);
  const kind: PhraseKind = typedNumber !== undefined || operativeBefore.length > 0 ? 'operative' : 'preamble';
  const gender: Gender = model.organ?.gender ?? 'm';
  const locale = analysis.settings.locale;

  // Replace from the typed marker (or the first letter) to the cursor; insert the number when it is missing.
  const replaceFrom = offset - words.length - marker.length;
  const nextNumber = typedNumber === undefined && kind === 'operative' ? next(operativeBefore) : undefined;
  const numberText = nextNumber !== undefined ? `${nextNumber}. ` : '';
  const from = nextNumber !== undefined ? lineStart + indent.length : replaceFrom;
  const range = { start: analysis.document.positionAt(from), end: analysis.document.positionAt(offset) };

  const items: CompletionItem[] = [];
  const detailOf = (k: 'preamble' | 'operative' | 'closing', e: PhraseEntry): string =>
    `${format(messages[k], locale)} · ${e.concept}`;
  for (const entry of lexicon.entries) {
    if (entry.kind !== kind || (entry.gender && entry.gender !== gender)) continue;
    items.push({
      label: entry.text,
      kind: CompletionItemKind.Keyword,
      detail: detailOf(kind, entry),
      documentation: documentation(entry, model, locale, nextNumber),
      filterText: marker + entry.text,
      sortText: `1 ${entry.key}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: `${numberText}*${entry.text}* ` },
    });
  }
  // The standard closing paragraph is the Security Council's ("remain seized of the matter").
  if (kind === 'operative' && model.organ?.body === 'security-council') {
    const decide = lexicon.byConcept('decide', 'operative', gender);
    const closing = lexicon.closing[0];
    if (decide && closing) {
      const sentence = `${decide.text} ${closing}`;
      items.push({
        label: sentence,
        kind: CompletionItemKind.Snippet,
        detail: `${format(messages.closing, locale)} · ${decide.concept}`,
        filterText: marker + sentence,
        sortText: `2 ${decide.key}`,
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range, newText: `${numberText}*${decide.text}* ${closing}.` },
      });
    }
  }
  return items;
}

/** The hover-like note: the equivalents in the other languages, the agreement, the inserted number. */
function documentation(entry: PhraseEntry, model: ResolutionModel, locale: Locale, nextNumber: number | undefined): CompletionItem['documentation'] {
  const lines: string[] = [];
  const others = LANGUAGES.filter((l) => l !== entry.language)
    .map((l) => [l, lexiconFor(l).byConcept(entry.concept, entry.kind, entry.gender)] as const)
    .filter((pair): pair is readonly [typeof pair[0], PhraseEntry] => pair[1] !== undefined)
    .map(([l, e]) => `${l.toUpperCase()}: *${e.text}*`);
  if (others.length > 0) lines.push(others.join(' · '));
  if (entry.gender && model.organ) lines.push(format(messages.agrees, locale, { organ: model.organ.text }));
  if (nextNumber !== undefined) lines.push(format(messages.numbered, locale, { number: nextNumber }));
  return lines.length > 0 ? { kind: MarkupKind.Markdown, value: lines.join('\n\n') } : undefined;
}

/** The number after the last numbered operative paragraph before the cursor ("bis" ones do not count). */
function next(before: ResolutionModel['operative']): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const number = before[i]!.number;
    if (number && !number.suffix) return number.value + 1;
  }
  return before.filter((p) => !p.number?.suffix).length + 1;
}


/** A paragraph starts after a blank line, or after a line ending as a paragraph ends (",", ";", ":", "."). */
function isParagraphStart(model: ResolutionModel, line: number): boolean {
  if (line === 0) return true;
  const text = model.text;
  const start = model.lineStarts[line - 1]!;
  const end = model.lineStarts[line]!;
  const previous = text.slice(start, end).replace(/[\s*_]+$/u, '');
  return previous === '' || /[,;:.]$/.test(previous);
}
