import type { Locale } from '../messages';
import { matchOperativeLabel, matchSubparagraphLabel } from '../model/labels';
import { lineOf } from '../model/lines';
import { PARAGRAPH_MARKS } from '../model/lineText';
import type { Paragraph, ResolutionModel, Span } from '../model/types';
import { operativeValue } from '../references';
import type { OffsetEdit } from '../rules/types';
import { joinList, targetName, type AmendmentProblem } from './messages';
import type { AmendmentSheet, Operation, Target } from './read';

/**
 * What each operation of a sheet does to the draft it amends: the paragraph it acts on and the edits, all
 * in offsets of the base text as it stands (an amendment names paragraphs by their numbers in the draft,
 * not in a draft already amended), or the reason it cannot be done. Pure: the caller parses the base.
 */
export interface OperationPlan {
  readonly operation: Operation;
  /** The paragraph acted on, or the one a new paragraph goes next to. */
  readonly paragraph?: Paragraph;
  /** In the base: the words acted on, or the paragraph. */
  readonly targetSpan?: Span;
  readonly edits: readonly OffsetEdit[];
  readonly problem?: AmendmentProblem;
  /** In the sheet: where the problem is (the target, the quoted words), for a diagnostic. */
  readonly problemSpan?: Span;
  /** Whether numbered paragraphs or subparagraphs come or go, so that the result is renumbered. */
  readonly structural: boolean;
}

/** Temporary numbers for new operative paragraphs: no reference points at them, so renumbering places them by order. */
const TEMPORARY_NUMBER = 9001;
/** A temporary letter for a new subparagraph, for the same reason. */
const TEMPORARY_LETTER = 'zz';

export function planAmendments(sheet: AmendmentSheet, base: ResolutionModel, locale: Locale): OperationPlan[] {
  const planner = new Planner(base, locale);
  const plans = sheet.operations.map((op) => planner.plan(op));
  return refuseContradictions(plans);
}

type Resolved = { readonly paragraph: Paragraph } | { readonly problem: AmendmentProblem };

class Planner {
  private readonly text: string;
  private readonly eol: string;
  private readonly paragraphLines = new Set<number>();
  private temporary = TEMPORARY_NUMBER;

  constructor(
    private readonly model: ResolutionModel,
    private readonly locale: Locale,
  ) {
    this.text = model.text;
    this.eol = model.text.includes('\r\n') ? '\r\n' : '\n';
    const visit = (p: Paragraph): void => {
      this.paragraphLines.add(lineStart(this.text, p.start));
      p.subparagraphs.forEach(visit);
    };
    model.paragraphs.forEach(visit);
  }

  plan(op: Operation): OperationPlan {
    const resolved = this.resolve(op.target);
    if ('problem' in resolved) return { operation: op, edits: [], problem: resolved.problem, problemSpan: op.target, structural: false };
    const p = resolved.paragraph;
    const name = targetName(op.target, this.locale);
    const extent = { start: p.start, end: extentEnd(p) };
    switch (op.kind) {
      case 'delete-paragraph': {
        if (op.text && comparable(op.text.text, true) !== comparable(paragraphText(this.text, p), false)) {
          const actual = paragraphText(this.text, p).replace(/\s+/g, ' ').slice(0, 60);
          return { operation: op, paragraph: p, targetSpan: extent, edits: [], problem: { message: 'quotedDiffers', args: { target: name, actual } }, problemSpan: op.target, structural: false };
        }
        return { operation: op, paragraph: p, targetSpan: extent, edits: this.deletion(p), structural: p.kind !== 'preamble' };
      }
      case 'replace-paragraph':
        return { operation: op, paragraph: p, targetSpan: extent, edits: [{ start: p.bodyStart, end: extent.end, newText: this.lines(stripLabel(op.text!.text)) }], structural: false };
      case 'insert-paragraph':
        return { operation: op, paragraph: p, targetSpan: extent, edits: [this.insertion(op, p)], structural: this.newKind(op, p) !== 'preamble' };
      default:
        return this.wordsPlan(op, p, name, extent);
    }
  }

  private wordsPlan(op: Operation, p: Paragraph, name: string, extent: Span): OperationPlan {
    const base = { operation: op, paragraph: p, structural: false } as const;
    let at: Span | undefined;
    if (op.words) {
      const found = findWords(this.text, extent, op.words.text);
      if (found.length !== 1) {
        const lines = [...new Set(found.map((s) => lineOf(this.model.lineStarts, s.start) + 1))];
        const problem: AmendmentProblem =
          found.length === 0
            ? { message: 'wordsAbsent', args: { words: op.words.text, target: name } }
            : { message: 'wordsAmbiguous', args: { words: op.words.text, target: name, count: found.length, lines: joinList(lines, this.locale) } };
        return { ...base, targetSpan: extent, edits: [], problem, problemSpan: op.words };
      }
      at = found[0]!;
    }
    if (op.covered) return { ...base, targetSpan: at ?? extent, edits: [] };
    const text = this.text;
    const newWords = op.text?.text ?? '';
    const glue = /^[,;.:)]/.test(newWords) ? '' : ' ';
    switch (op.kind) {
      case 'delete-words':
        return { ...base, targetSpan: at!, edits: [wordDeletion(text, at!)] };
      case 'replace-words':
        return { ...base, targetSpan: at!, edits: [{ start: at!.start, end: at!.end, newText: newWords }] };
      default: {
        if (at && op.position === 'before') return { ...base, targetSpan: at, edits: [{ start: at.start, end: at.start, newText: `${newWords} ` }] };
        if (at) return { ...base, targetSpan: at, edits: [{ start: at.end, end: at.end, newText: `${glue}${newWords}` }] };
        if (op.position === 'start') return { ...base, targetSpan: extent, edits: [{ start: p.bodyStart, end: p.bodyStart, newText: `${newWords} ` }] };
        const ending = p.ending;
        const hasMark = PARAGRAPH_MARKS.includes(ending.char);
        // New words that end with their own mark take the place of the paragraph's.
        const replacesMark = hasMark && /[,;.:]$/.test(newWords);
        // Before the mark and the (no-break) space French puts before it: "Soudan du Sud, en violation ;".
        let start = hasMark ? ending.offset : ending.offset + 1;
        while (hasMark && start > p.bodyStart && /[ \u00a0\u202f]/.test(text[start - 1]!)) start--;
        return { ...base, targetSpan: extent, edits: [{ start, end: replacesMark ? ending.offset + 1 : start, newText: `${glue}${newWords}` }] };
      }
    }
  }

  /** The paragraph a target names in the base, or why there is none. */
  private resolve(target: Target): Resolved {
    const model = this.model;
    const name = targetName(target, this.locale);
    const part = target.part === 'preamble' ? model.preamble : model.operative;
    if (target.whole) {
      const last = part[part.length - 1];
      return last ? { paragraph: last } : { problem: { message: 'emptyPart', args: { target: name } } };
    }
    let candidates: readonly Paragraph[];
    if (target.part === 'preamble') candidates = part[target.number - 1] ? [part[target.number - 1]!] : [];
    else {
      candidates = part.filter((p) => operativeValue(p) === target.number && !p.number?.suffix);
      // A draft whose operative paragraphs carry no numbers is counted in order.
      if (!candidates.length && part.every((p) => operativeValue(p) === undefined) && part[target.number - 1]) candidates = [part[target.number - 1]!];
    }
    if (candidates.length === 0) return { problem: { message: 'missing', args: { target: name, count: part.length } } };
    if (candidates.length > 1) return { problem: { message: 'ambiguous', args: { target: name, count: candidates.length } } };
    let current = candidates[0]!;
    for (const [i, label] of target.labels.entries()) {
      const subs = current.subparagraphs.filter((s) => s.label?.value === label);
      if (subs.length !== 1) {
        const parent = targetName({ ...target, labels: target.labels.slice(0, i) }, this.locale);
        return { problem: { message: 'missingLabel', args: { target: parent, label } } };
      }
      current = subs[0]!;
    }
    return { paragraph: current };
  }

  /** The lines of a paragraph and its subparagraphs, with the blank lines that separated it from the next. */
  private deletion(p: Paragraph): OffsetEdit[] {
    const text = this.text;
    const blocks = allBlocks(p);
    const merged: { start: number; end: number }[] = [];
    for (const b of blocks) {
      const last = merged[merged.length - 1];
      // Blank lines between the paragraph's own blocks go with it; page furniture between them stays.
      if (last && text.slice(last.end, b.start).trim() === '') last.end = b.end;
      else merged.push({ start: b.start, end: b.end });
    }
    const ranges = merged.map((b) => ({ start: lineStart(text, b.start), end: nextLineStart(text, b.end) }));
    const last = ranges[ranges.length - 1]!;
    let after = last.end;
    while (after < text.length && isBlankLine(text, after)) after = nextLineStart(text, after);
    if (after < text.length && this.paragraphLines.has(after)) last.end = after;
    else {
      const first = ranges[0]!;
      while (first.start > 0 && isBlankLine(text, lineStart(text, first.start - 1))) first.start = lineStart(text, first.start - 1);
    }
    return ranges.map((r) => ({ ...r, newText: '' }));
  }

  private newKind(op: Operation, anchor: Paragraph): Paragraph['kind'] {
    if (op.newPart === 'preamble') return 'preamble';
    if (op.newPart === 'operative') return 'operative';
    if (op.newPart === 'subparagraph' || anchor.kind === 'subparagraph') return anchor.kind === 'subparagraph' ? 'subparagraph' : 'operative';
    return anchor.kind;
  }

  private insertion(op: Operation, anchor: Paragraph): OffsetEdit {
    const text = this.text;
    const kind = this.newKind(op, anchor);
    let prefix = '';
    if (kind === 'operative' && this.model.operative.some((q) => q.number)) prefix = `${this.temporary++}. `;
    else if (kind === 'subparagraph' && anchor.label?.kind === 'letter') prefix = `${anchor.label.raw.replace(anchor.label.value, TEMPORARY_LETTER)} `;
    const body = prefix ? stripLabel(op.text!.text) : op.text!.text;
    const paragraph = this.lines(prefix + body);
    const gap = this.gapAfter(anchor);
    if (op.position === 'before' || op.position === 'start') {
      const at = lineStart(text, anchor.start);
      return { start: at, end: at, newText: paragraph + gap };
    }
    const at = extentEnd(anchor);
    return { start: at, end: at, newText: gap + paragraph };
  }

  /** The separator the draft puts between paragraphs, read after `p` ("\n\n", " \n \n" in PDF text). */
  private gapAfter(p: Paragraph): string {
    const end = extentEnd(p);
    const m = /^[ \t]*\r?\n(?:[ \t]*\r?\n)+/.exec(this.text.slice(end, end + 40));
    return m && !/\n\r?\n/.test(m[0].replace(/^[ \t]*/, '').replace(/[ \t]+$/, '')) ? m[0].replace(/[ \t]+$/, '') : this.eol + this.eol;
  }

  /** New text with the draft's line ends. */
  private lines(s: string): string {
    return this.eol === '\n' ? s : s.replace(/\r?\n/g, this.eol);
  }
}

/** Later operations that touch what an earlier one deletes or replaces are refused, naming the earlier one. */
function refuseContradictions(plans: OperationPlan[]): OperationPlan[] {
  const out: OperationPlan[] = [];
  for (const plan of plans) {
    const clash = out.find((earlier) => !earlier.problem && earlier.edits.some((a) => plan.edits.some((b) => overlaps(a, b))));
    out.push(clash ? { ...plan, edits: [], problem: { message: 'contradicts', args: { other: clash.operation.index } }, problemSpan: plan.operation.target } : plan);
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return false; // two insertions at one place: both go, in order
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The end of a paragraph with all its subparagraphs. */
export function extentEnd(p: Paragraph): number {
  const last = p.subparagraphs[p.subparagraphs.length - 1];
  return Math.max(p.end, last ? extentEnd(last) : p.end);
}

function allBlocks(p: Paragraph): Span[] {
  const own = p.blocks.length ? p.blocks : [p];
  return [...own, ...p.subparagraphs.flatMap(allBlocks)].sort((a, b) => a.start - b.start);
}

/** A paragraph's text without the page furniture that a page break put inside it. */
export function paragraphText(text: string, p: Paragraph): string {
  return allBlocks(p)
    .map((b) => text.slice(b.start, b.end))
    .join(' ');
}

/**
 * Text reduced to what a reader compares: footnote markers ("Court,15", "Court,**"), emphasis marks, the
 * paragraph's own label, and the spacing of a PDF's wrapped lines do not count.
 */
export function comparable(s: string, quoted: boolean): string {
  const body = quoted ? stripLabel(s.trim()) : s;
  return body
    .replace(/[*_]+/g, '')
    .replace(/(?<=[\p{L},.;:])\d{1,3}(?=[\s,;.:]|$)/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[,.;:])/g, '')
    .trim()
    .replace(/^\d{1,3}\.\s*/, '');
}

/** Takes an operative number or a subparagraph label off new text: the draft's numbering gives it one. */
function stripLabel(s: string): string {
  const op = matchOperativeLabel(s);
  if (op) return s.slice(op.bodyStart);
  const sub = matchSubparagraphLabel(s);
  return sub ? s.slice(sub.bodyStart) : s;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the words occur in the span, whole words only, whatever the line breaks and quotation marks. */
export function findWords(text: string, within: Span, words: string): Span[] {
  const source = escapeRegex(words.trim())
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]")
    .replace(/["“”]/g, '["“”]');
  const before = /^[\p{L}\d]/u.test(words) ? '(?<![\\p{L}\\d])' : '';
  const after = /[\p{L}\d]$/u.test(words.trim()) ? '(?![\\p{L}\\d])' : '';
  const regex = new RegExp(before + source + after, 'gu');
  const slice = text.slice(within.start, within.end);
  return [...slice.matchAll(regex)].map((m) => ({ start: within.start + m.index, end: within.start + m.index + m[0].length }));
}

/** Deleting words takes one of the spaces around them, so that no double space or space before a comma is left. */
function wordDeletion(text: string, at: Span): OffsetEdit {
  const before = text[at.start - 1];
  const after = text[at.end];
  if (after === ' ' && (before === undefined || /\s/.test(before))) return { start: at.start, end: at.end + 1, newText: '' };
  if (before === ' ' && (after === undefined || /[\s,.;:)]/.test(after))) return { start: at.start - 1, end: at.end, newText: '' };
  return { start: at.start, end: at.end, newText: '' };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function isBlankLine(text: string, start: number): boolean {
  const end = nextLineStart(text, start);
  return text.slice(start, end).trim() === '';
}
