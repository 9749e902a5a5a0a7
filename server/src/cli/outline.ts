import { plainSlice } from '../features/paragraphs';
import type { Language } from '../lexicon';
import { lineOf } from '../model/lines';
import type { Body, OtherBlockKind, Paragraph, ParagraphKind, ResolutionModel, Span } from '../model/types';
import { UsageError, type CliOptions } from './args';
import { makeService } from './context';
import { readDocument } from './files';
import { forEachFile, writeJsonList, type CliIo } from './output';

/** A paragraph as `outline --format json` prints it; lines start at 1. */
export interface OutlineParagraph {
  kind: ParagraphKind;
  line: number;
  /** The number label as written ("5.", "5 bis.", "OP5"), or null. */
  number: string | null;
  /** The subparagraph label as written ("(a)", "ii)"), or null. */
  label: string | null;
  /** The leading phrase as written, and whether the lexicon knows it. */
  lead: { text: string; italic: boolean; matched: boolean } | null;
  subparagraphs: OutlineParagraph[];
}

/** Text that is not a paragraph, from its first line to its last. */
export interface OutlineBlock {
  line: number;
  endLine: number;
  /** Plain text, shortened to about 200 characters. */
  text: string;
}

/** One file's outline: what the checker read, so that a corpus can be studied without the editor. */
export interface OutlineDocument {
  file: string;
  language: Language;
  /** How the language was decided: forced by --lang, from the organ line, from the phrases, or by default. */
  languageSource: ResolutionModel['languageSource'];
  organ: { text: string; body: Body; line: number } | null;
  counts: { preamble: number; operative: number; subparagraphs: number; others: number };
  /** Everything before the organ line: body, symbol, date, title. */
  heading: OutlineBlock | null;
  /** Top-level paragraphs in document order, each with its subparagraphs. */
  paragraphs: OutlineParagraph[];
  /** Section headings, annexes, closing lines, footnotes and page furniture, in document order. */
  others: (OutlineBlock & { kind: OtherBlockKind })[];
}

function outlineParagraph(p: Paragraph): OutlineParagraph {
  return {
    kind: p.kind,
    line: p.line + 1,
    number: p.number?.raw ?? null,
    label: p.label?.raw ?? null,
    lead: p.lead ? { text: p.lead.text, italic: p.lead.italic, matched: p.lead.match !== undefined } : null,
    subparagraphs: p.subparagraphs.map(outlineParagraph),
  };
}

function countSubparagraphs(list: readonly Paragraph[]): number {
  let count = 0;
  for (const p of list) count += p.subparagraphs.length + countSubparagraphs(p.subparagraphs);
  return count;
}

export function outlineDocument(file: string, model: ResolutionModel): OutlineDocument {
  const block = (span: Span): OutlineBlock => ({
    line: lineOf(model.lineStarts, span.start) + 1,
    // `end` is exclusive: the block's last line is the one holding its last character.
    endLine: lineOf(model.lineStarts, Math.max(span.start, span.end - 1)) + 1,
    text: plainSlice(model, span),
  });
  return {
    file,
    language: model.language,
    languageSource: model.languageSource,
    organ: model.organ ? { text: model.organ.text, body: model.organ.body, line: lineOf(model.lineStarts, model.organ.start) + 1 } : null,
    counts: {
      preamble: model.preamble.length,
      operative: model.operative.length,
      subparagraphs: countSubparagraphs(model.paragraphs),
      others: model.others.length,
    },
    heading: model.heading ? block(model.heading) : null,
    paragraphs: model.paragraphs.map(outlineParagraph),
    others: model.others.map((o) => ({ kind: o.kind, ...block(o) })),
  };
}

/** The text outline of one file: organ, preamble phrases, numbered operative verbs, indented subparagraph labels. */
function writeTextOutline(file: string, model: ResolutionModel, io: CliIo): void {
  const line = (p: Paragraph): number => p.line + 1;
  io.out(`${file}: ${model.language}, ${model.organ?.text ?? 'no organ line'}`);
  io.out(`Preamble: ${model.preamble.length} paragraphs`);
  for (const p of model.preamble) io.out(`  ${line(p)}: ${p.lead?.text ?? ''}`);
  io.out(`Operative part: ${model.operative.length} paragraphs`);
  const writeSubparagraphs = (list: readonly Paragraph[], indent: string): void => {
    for (const s of list) {
      io.out(`${indent}${line(s)}: ${s.label?.raw ?? ''}`);
      writeSubparagraphs(s.subparagraphs, indent + '  ');
    }
  };
  for (const p of model.operative) {
    io.out(`  ${line(p)}: ${p.number?.value ?? '?'}. ${p.lead?.text ?? ''}`);
    writeSubparagraphs(p.subparagraphs, '      ');
  }
}

/**
 * `outline FILE...`: one outline per file, read in one process so that a corpus is cheap to read. A file that
 * cannot be read is named on stderr and skipped; the others are still printed, and the exit code is 2.
 */
export function outline(options: CliOptions, io: CliIo): number {
  if (options.files.length === 0) throw new UsageError('outline needs at least one FILE');
  const service = makeService(options);
  const documents: OutlineDocument[] = [];
  let unreadable = false;
  let printed = 0;
  forEachFile(options.files, io, 'read', (file) => {
    let document;
    try {
      document = readDocument(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`unres: ${error.message}`);
      unreadable = true;
      return;
    }
    const model = service.getModel(document);
    if (options.format !== 'text') documents.push(outlineDocument(file, model));
    else {
      // A blank line between files keeps the blocks apart for a reader.
      if (printed++ > 0) io.out('');
      writeTextOutline(file, model, io);
    }
    // The file's analysis is of no further use: dropping it keeps a large corpus within memory.
    service.forget(document.uri);
  });
  if (options.format !== 'text') writeJsonList(io, options.format, documents);
  return unreadable ? 2 : 0;
}
