import type { LabelKind, LabelStyle } from './types';

/**
 * Recognisers for the labels that open a line: operative numbers ("5.", "5 bis."), negotiation labels
 * ("PP3", "OP12") and subparagraph labels ("(a)", "a)", "*b*)", "(ii)", "a.", "i.").
 */

const OPERATIVE = /^[ \t]{0,3}(\d{1,4})(?:[ \t\u00a0]+(bis|ter|quater|quinquies|sexies))?\\?\.(?=[ \t\u00a0]|$)[ \t\u00a0]*/;
const NEGOTIATION = /^[ \t]{0,3}(PP|OP)[ \t]?(\d{1,4})[.:)]?(?=[ \t\u00a0]|$)[ \t\u00a0]*/;
const SUBPARAGRAPH =
  /^[ \t]{0,8}([*_]{0,2})(\()?([*_]{0,2})([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})([*_]{0,2})([).])([*_]{0,2})(?=[ \t\u00a0]|$)[ \t\u00a0]*/;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
/** The marks of dash and bullet items: en and em dashes, a hyphen, bullets of several shapes. */
const ITEM = /^[ \t]{0,8}([–—\-•·▪◦●○])[ \t\u00a0]+(?=\S)/;

export interface OperativeLabelMatch {
  readonly value: number;
  readonly suffix: string | undefined;
  /** Offsets relative to the line start. */
  readonly digitsStart: number;
  readonly digitsEnd: number;
  readonly labelEnd: number;
  /** Where the text after the label starts. */
  readonly bodyStart: number;
}

export function matchOperativeLabel(line: string): OperativeLabelMatch | undefined {
  const m = OPERATIVE.exec(line);
  if (!m) return undefined;
  const digitsStart = m[0].indexOf(m[1]!);
  const labelEnd = m[0].trimEnd().length;
  return {
    value: Number(m[1]),
    suffix: m[2],
    digitsStart,
    digitsEnd: digitsStart + m[1]!.length,
    labelEnd,
    bodyStart: m[0].length,
  };
}

export interface NegotiationLabelMatch {
  readonly kind: 'PP' | 'OP';
  readonly value: number;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly bodyStart: number;
}

export function matchNegotiationLabel(line: string): NegotiationLabelMatch | undefined {
  const m = NEGOTIATION.exec(line);
  if (!m) return undefined;
  const labelStart = m[0].indexOf(m[1]!);
  return {
    kind: m[1] as 'PP' | 'OP',
    value: Number(m[2]),
    labelStart,
    labelEnd: m[0].trimEnd().length,
    bodyStart: m[0].length,
  };
}

export interface SubparagraphLabelMatch {
  readonly raw: string;
  readonly value: string;
  /** Whether the value reads as a Roman numeral (i, ii, iv…); the parser settles i/v/x by context. */
  readonly romanCandidate: boolean;
  readonly numeric: boolean;
  readonly style: LabelStyle;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly bodyStart: number;
}

/**
 * A dash or bullet item: "– to ensure…", "• the rights of…", "- a hyphen as some drafters type it". The
 * mark must be followed by a space and text, so that "–" alone (a separator) or "-5" is not an item.
 */
export function matchItemLabel(line: string): SubparagraphLabelMatch | undefined {
  const m = ITEM.exec(line);
  if (!m) return undefined;
  const labelStart = m[0].indexOf(m[1]!);
  return {
    raw: m[1]!,
    value: m[1]!,
    romanCandidate: false,
    numeric: false,
    style: 'mark',
    labelStart,
    labelEnd: labelStart + 1,
    valueStart: labelStart,
    valueEnd: labelStart + 1,
    bodyStart: m[0].length,
  };
}

/**
 * Whether a line opens with a capital A to Z after its spaces, tabs and emphasis markers: then neither a
 * subparagraph label nor an item mark opens it (SUBPARAGRAPH needs a parenthesis or a lower-case letter or
 * digit there, ITEM a dash or bullet), and the line is ruled out without running either expression.
 */
export function opensWithCapital(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  while (line.charCodeAt(i) === 42 || line.charCodeAt(i) === 95) i++;
  const c = line.charCodeAt(i);
  return c >= 65 && c <= 90;
}

export function matchSubparagraphLabel(line: string): SubparagraphLabelMatch | undefined {
  const m = SUBPARAGRAPH.exec(line);
  if (!m) return undefined;
  // Read by index: destructuring the match goes through its iterator, on every line that opens a block.
  const whole = m[0];
  const pre = m[1] ?? '';
  const open = m[2];
  const mid = m[3] ?? '';
  const value = m[4] ?? '';
  const post = m[5] ?? '';
  const close = m[6];
  const after = m[7] ?? '';
  const numeric = isDigit(value.charCodeAt(0));
  if (close === '.' && (open || numeric)) return undefined; // "(a." is not a label; "1." is an operative number
  if (open && close !== ')') return undefined;
  // Markers must balance: "*a*)" or "*a)*", not "*a)".
  if ((pre + mid).length !== (post + after).length) return undefined;
  const labelStart = whole.length - whole.trimStart().length;
  const valueStart = labelStart + pre.length + (open ? 1 : 0) + mid.length;
  return {
    raw: whole.trim(),
    value,
    romanCandidate: ROMAN.test(value) && value !== '',
    numeric,
    style: open ? 'paren' : close === ')' ? 'close' : 'dot',
    labelStart,
    labelEnd: whole.trimEnd().length,
    valueStart,
    valueEnd: valueStart + value.length,
    bodyStart: whole.length,
  };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** a=1 … z=26, then aa=27, bb=28 (the UN doubles letters after z). */
export function letterOrdinal(s: string): number {
  const base = s.charCodeAt(0) - 96;
  return s.length === 1 ? base : 26 * (s.length - 1) + base;
}

export function letterFor(n: number): string {
  const base = String.fromCharCode(96 + ((n - 1) % 26) + 1);
  return base.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The label value for an ordinal in a given kind: 3 → "c", "iii" or "3". */
export function labelValueFor(kind: LabelKind, ordinal: number): string {
  return kind === 'letter' ? letterFor(ordinal) : kind === 'roman' ? toRoman(ordinal) : String(ordinal);
}
