import type { Span } from './types';

/**
 * A minimal inline scanner for the Markdown that real resolution texts contain: `*italic*`, `_italic_`,
 * `**bold**` and backslash escapes. It is not a CommonMark parser: resolutions need only these spans, and
 * a full parse costs orders of magnitude more (see the design notes).
 */
export interface ItalicSpan {
  /** The text between the markers: [innerStart, innerEnd). */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** The span including the markers: [outerStart, outerEnd). Offsets, not spans: one object per span found. */
  readonly outerStart: number;
  readonly outerEnd: number;
}

const STAR = 42; // *
const UNDERSCORE = 95; // _
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || Number.isNaN(c);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function runLength(text: string, i: number, c: number, end: number): number {
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  return j - i;
}

/**
 * The italic span that opens exactly at `pos`, if any, closing before `end`. A run of three markers
 * (bold italic) counts as italic.
 */
export function italicAt(text: string, pos: number, end: number): ItalicSpan | undefined {
  const span = openItalic(text, pos, end);
  return span === EXHAUSTED ? undefined : span;
}

/** openItalic's answer when no closing marker for this kind of opener exists before `end` at all. */
const EXHAUSTED = 'exhausted';

function openItalic(text: string, pos: number, end: number): ItalicSpan | undefined | typeof EXHAUSTED {
  const c = text.charCodeAt(pos);
  if (c !== STAR && c !== UNDERSCORE) return undefined;
  const run = runLength(text, pos, c, end);
  if (run !== 1 && run !== 3) return undefined;
  const innerStart = pos + run;
  if (isSpace(text.charCodeAt(innerStart))) return undefined;
  if (c === UNDERSCORE && pos > 0 && isWordChar(text.charCodeAt(pos - 1))) return undefined;
  const marker = text[pos]!;
  let from = innerStart;
  while (from < end) {
    const close = indexBefore(text, marker, from, end);
    if (close === -1) return EXHAUSTED;
    if (text.charCodeAt(close - 1) === BACKSLASH) {
      from = close + 1;
      continue;
    }
    const closeRun = runLength(text, close, c, end);
    const after = close + closeRun;
    const validClose =
      !isSpace(text.charCodeAt(close - 1)) &&
      (closeRun === run || (run === 3 && closeRun >= 1) || (run === 1 && closeRun === 3)) &&
      (c !== UNDERSCORE || after >= text.length || !isWordChar(text.charCodeAt(after)));
    if (validClose && close > innerStart) {
      // Inside `***x***` the inner text is x; inside `*x**` (unbalanced) treat the first marker as closing.
      const take = Math.min(closeRun, run);
      return { innerStart, innerEnd: close, outerStart: pos, outerEnd: close + take };
    }
    from = close + closeRun;
  }
  return EXHAUSTED;
}

/**
 * The first `ch` in [from, end), or -1. A plain `text.indexOf(ch, from)` runs on to the end of the whole
 * document when the paragraph has no such marker (most have no `_`), which made scanning every paragraph
 * quadratic in the document size. Slicing is cheap (V8 shares the characters) and bounds the search.
 */
function indexBefore(text: string, ch: string, from: number, end: number): number {
  if (from >= end) return -1;
  const k = text.slice(from, end).indexOf(ch);
  return k === -1 ? -1 : from + k;
}

const NO_SPANS: readonly ItalicSpan[] = [];

/** All italic spans in [start, end), skipping bold spans and escaped markers. */
export function scanItalics(text: string, start: number, end: number): readonly ItalicSpan[] {
  if (start >= end) return NO_SPANS;
  let spans: ItalicSpan[] | undefined;
  let i = start;
  // The range, sliced once: the searches for markers in it stop at its end (see indexBefore).
  const range = text.slice(start, end);
  // The next marker of each kind, searched again only once passed.
  let star = -2;
  let under = -2;
  // Kinds of opener (marker and run of 1 or 3) that found no closing marker before `end`: a later opener
  // of the same kind sees a subset of the same candidates and cannot find one either, so it is not tried.
  // Without this, "*a *a *a …" on one long line made the scan quadratic (a 10 MB line never finished).
  // A bit per kind (two markers × runs of 1 or 3): a Set made per paragraph cost more than the scan.
  let exhausted = 0;
  while (i < end) {
    if (star !== -1 && star < i) star = indexIn(range, '*', i, start);
    if (under !== -1 && under < i) under = indexIn(range, '_', i, start);
    const next = star === -1 ? under : under === -1 ? star : Math.min(star, under);
    if (next === -1) break;
    if (next > 0 && text.charCodeAt(next - 1) === BACKSLASH) {
      i = next + 1;
      continue;
    }
    const c = text.charCodeAt(next);
    const run = runLength(text, next, c, end);
    if (run === 2) {
      i = next + 2; // bold markers: the text between them may still hold italics
      continue;
    }
    const kind = 1 << ((c === STAR ? 0 : 2) + (run === 1 ? 0 : 1));
    if ((exhausted & kind) !== 0) {
      i = next + run;
      continue;
    }
    const span = openItalic(text, next, end);
    if (span === EXHAUSTED) {
      exhausted |= kind;
      i = next + run;
    } else if (span) {
      (spans ??= []).push(span);
      i = span.outerEnd;
    } else {
      i = next + run;
    }
  }
  return spans ?? NO_SPANS;
}

/** The first `ch` at or after text offset `from` in `range` (the text from `rangeStart`), as a text offset; -1 if none. */
function indexIn(range: string, ch: string, from: number, rangeStart: number): number {
  const k = range.indexOf(ch, from - rangeStart);
  return k === -1 ? -1 : rangeStart + k;
}

/** Removes Markdown emphasis markers and backslash escapes from a short piece of text. */
export function stripMarkers(s: string): string {
  if (!MARKUP.test(s)) return s; // the common case: nothing to remove, no new string
  return s.replace(ESCAPE, '$1').replace(MARKERS, '');
}

// Made once: a literal in the function body is a new object each call (these run for every lead).
const MARKUP = /[\\*_]/;
const ESCAPE = /\\([\\()[\]*_])/g;
const MARKERS = /[*_]+/g;
