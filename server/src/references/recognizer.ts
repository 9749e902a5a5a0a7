import type { Paragraph, ResolutionModel, Span } from '../model/types';
import { referenceWords, type ReferenceScope, type ReferenceWords, SUFFIXES } from './words';

/** A subparagraph label inside a reference: the "a" of "paragraph 3 (a) above". */
export interface ReferencedLabel {
  /** Lower-case value without brackets or markers: "a", "ii". */
  readonly value: string;
  /** The value only, the part a relettering edit replaces. */
  readonly span: Span;
}

/** One paragraph a reference names: "3 (a)" in "paragraphs 2 and 3 (a) above". */
export interface ReferenceItem {
  readonly number: number;
  /** "bis", "ter"… when the reference names an inserted paragraph ("paragraph 5 bis above"). */
  readonly suffix: string | undefined;
  /**
   * The digits as written, the part a renumbering edit replaces; undefined for a label that continues the
   * previous item's paragraph ("(b)" in "paragraph 3 (a) and (b) above").
   */
  readonly digits: Span | undefined;
  /** The subparagraph path under the paragraph, outermost first: "3 (a) (ii)" gives [a, ii]. */
  readonly labels: readonly ReferencedLabel[];
  /** Whether this item ends a range opened by the previous one ("8" in "4 to 8"). */
  readonly closesRange: boolean;
}

/** A reference of the document to its own paragraphs: from "paragraph" to the qualifier, inclusive. */
export interface ParagraphReference extends Span {
  readonly scope: ReferenceScope;
  /** The qualifier as written: "above", "ci-après", "de la presente resolución". */
  readonly qualifier: Span;
  readonly items: readonly ReferenceItem[];
  /** Index in `model.paragraphs` of the top-level paragraph the reference is written in. */
  readonly paragraphIndex: number;
}

/**
 * Every reference a resolution makes to its own paragraphs, in document order.
 *
 * Only qualified references count: "paragraph 9 above", "paragraphe 5 ci-après", "párrafo 7 de la presente
 * resolución". A bare "paragraph 2" or "paragraph 2 of resolution 660 (1990)" is not recognised, so it can
 * never be rewritten or reported: references into other texts are left alone by construction. References in
 * the heading, the annex or other non-paragraph text are not collected either.
 *
 * One regex pass finds the keyword; a small hand-written scanner reads the numbers after it. Both are
 * linear, and the scanner never goes past the paragraph the keyword is in.
 */
export function findReferences(model: ResolutionModel): ParagraphReference[] {
  const extents = paragraphExtents(model.paragraphs);
  if (extents.length === 0) return [];
  const words = referenceWords(model.language);
  // The shared regex object, not a copy: V8 compiles a regex to native code only after it has run a few
  // times, so a fresh copy per call would always scan in the slower bytecode interpreter.
  const keyword = words.keyword;
  keyword.lastIndex = 0;
  const text = model.text;
  const found: ParagraphReference[] = [];
  let e = 0;
  let m: RegExpExecArray | null;
  while ((m = keyword.exec(text))) {
    while (e < extents.length && extents[e]!.end <= m.index) e++;
    if (e >= extents.length) break;
    const extent = extents[e]!;
    if (m.index < extent.start) continue;
    const reference = readReference(text, m.index, m.index + m[0].length, extent.end, words, extent.index);
    if (!reference) continue;
    found.push(reference);
    keyword.lastIndex = reference.end;
  }
  return found;
}

interface Extent extends Span {
  readonly index: number;
}

/** Each top-level paragraph from its start to the end of its last nested subparagraph. */
function paragraphExtents(paragraphs: readonly Paragraph[]): Extent[] {
  const lastEnd = (p: Paragraph): number => {
    const last = p.subparagraphs[p.subparagraphs.length - 1];
    return last ? Math.max(p.end, lastEnd(last)) : p.end;
  };
  return paragraphs.map((p, index) => ({ start: p.start, end: lastEnd(p), index }));
}

const LABEL_VALUE = /^(?:[a-z]|([a-z])\1|[ivxlc]{1,6})$/;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordCode(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && NON_ASCII_WORD.test(String.fromCharCode(c));
}

class Scanner {
  constructor(
    readonly text: string,
    /** The scanner never reads at or past this offset (end of the paragraph). */
    readonly limit: number,
  ) {}

  code(i: number): number {
    return i < this.limit ? this.text.charCodeAt(i) : NaN;
  }

  /** Skips spaces and at most one line break: a reference may wrap, but never across a blank line. */
  skipSpace(i: number): number {
    let breaks = 0;
    for (;;) {
      const c = this.code(i);
      if (isSpaceCode(c)) i++;
      else if ((c === 10 || c === 13) && breaks === 0) {
        breaks++;
        i += c === 13 && this.code(i + 1) === 10 ? 2 : 1;
      } else return i;
    }
  }

  /** A lower-case word at `i` (letters only), or undefined. */
  word(i: number): { value: string; end: number } | undefined {
    let j = i;
    while (j < this.limit && isWordCode(this.code(j)) && !(this.code(j) >= 48 && this.code(j) <= 57)) j++;
    return j > i ? { value: this.text.slice(i, j).toLowerCase(), end: j } : undefined;
  }

  /** Digits at `i` that stand alone as a paragraph number: not "2016", "70/1", "5.2", "5a". */
  number(i: number): { value: number; span: Span } | undefined {
    let j = i;
    while (j < this.limit && this.code(j) >= 48 && this.code(j) <= 57) j++;
    if (j === i || j - i > 3) return undefined;
    const next = this.code(j);
    if (isWordCode(next) || next === 47) return undefined;
    if ((next === 46 || next === 44) && this.code(j + 1) >= 48 && this.code(j + 1) <= 57) return undefined;
    return { value: Number(this.text.slice(i, j)), span: { start: i, end: j } };
  }

  /** A subparagraph label: "(a)", "(ii)", "a)", "*b*)", "(*c*)". */
  label(i: number): { label: { value: string; span: Span }; end: number } | undefined {
    let j = i;
    const paren = this.code(j) === 40;
    if (paren) j++;
    const markersBefore = this.markers(j);
    j += markersBefore;
    const start = j;
    while (this.code(j) >= 97 && this.code(j) <= 122) j++;
    const value = this.text.slice(start, j);
    if (!LABEL_VALUE.test(value)) return undefined;
    const end = j;
    j += this.markers(j);
    if (this.code(j) !== 41) return undefined;
    j++;
    if (isWordCode(this.code(j))) return undefined;
    if (!paren && markersBefore === 0 && i > 0 && isWordCode(this.text.charCodeAt(i - 1))) return undefined;
    return { label: { value, span: { start, end } }, end: j };
  }

  private markers(i: number): number {
    let n = 0;
    while (n < 2 && (this.code(i + n) === 42 || this.code(i + n) === 95)) n++;
    return n;
  }
}

interface ItemRead {
  readonly item: ReferenceItem;
  readonly end: number;
}

function readItem(s: Scanner, i: number, previous: ReferenceItem | undefined, closesRange: boolean): ItemRead | undefined {
  const n = s.number(i);
  let end: number;
  // Built once with every field (no spread copies): this runs for every "paragraph" in the text.
  let item: { number: number; suffix: string | undefined; digits: Span | undefined; labels: ReferencedLabel[]; closesRange: boolean };
  if (n) {
    end = n.span.end;
    let suffix: string | undefined;
    const afterSpace = s.skipSpace(end);
    const w = afterSpace > end ? s.word(afterSpace) : undefined;
    if (w && SUFFIXES.includes(w.value)) {
      suffix = w.value;
      end = w.end;
    }
    item = { number: n.value, suffix, digits: n.span, labels: [], closesRange };
  } else if (previous) {
    // A label alone continues the previous paragraph: "paragraph 3 (a) and (b) above".
    const first = s.label(i);
    if (!first) return undefined;
    item = { number: previous.number, suffix: previous.suffix, digits: undefined, labels: [first.label], closesRange };
    end = first.end;
  } else {
    return undefined;
  }
  for (;;) {
    const j = s.skipSpace(end);
    const l = s.label(j);
    if (!l) break;
    item.labels.push(l.label);
    end = l.end;
  }
  return { item, end };
}

/** What joins two items: a list ("2, 3 and 4") or a range ("4 to 8", "4-8"); the offset after it. */
function readConnector(s: Scanner, i: number, words: ReferenceWords): { range: boolean; end: number } | undefined {
  const j = s.skipSpace(i);
  const c = s.code(j);
  if (c === 44) {
    // "2, 3 and 4" and the serial comma "2, 3, and 4"
    const k = s.skipSpace(j + 1);
    const w = s.word(k);
    if (w && words.listWords.includes(w.value)) return { range: false, end: s.skipSpace(w.end) };
    return { range: false, end: k };
  }
  if (c === 45 || c === 0x2013 || c === 0x2014) return { range: true, end: s.skipSpace(j + 1) };
  if (j === i) return undefined; // a word connector needs a space before it
  const w = s.word(j);
  if (!w) return undefined;
  const after = s.skipSpace(w.end);
  if (after === w.end) return undefined;
  if (words.listWords.includes(w.value)) return { range: false, end: after };
  if (words.rangeWords.includes(w.value)) return { range: true, end: after };
  return undefined;
}

function readReference(
  text: string,
  start: number,
  afterKeyword: number,
  limit: number,
  words: ReferenceWords,
  paragraphIndex: number,
): ParagraphReference | undefined {
  const s = new Scanner(text, limit);
  const first = s.skipSpace(afterKeyword);
  if (first === afterKeyword) return undefined;
  const items: ReferenceItem[] = [];
  const read = readItem(s, first, undefined, false);
  if (!read) return undefined;
  items.push(read.item);
  let end = read.end;
  for (;;) {
    const connector = readConnector(s, end, words);
    if (!connector) break;
    const next = readItem(s, connector.end, items[items.length - 1], connector.range);
    if (!next) break;
    items.push(next.item);
    end = next.end;
  }
  const at = s.skipSpace(end);
  if (at === end) return undefined;
  for (const [pattern, scope] of words.qualifiers) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m || at + m[0].length > limit) continue;
    const marker = /^[*_]/.test(m[0]) ? 1 : 0;
    return { start, end: at + m[0].length, scope, qualifier: { start: at + marker, end: at + m[0].length }, items, paragraphIndex };
  }
  return undefined;
}
