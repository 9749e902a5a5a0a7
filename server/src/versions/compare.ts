import type { DocumentAnalysis } from '../analysis';
import type { Citation } from '../citations';
import { type DateMention, sameDate } from '../lexicon/dates';
import { extentEnd } from '../features/paragraphs';
import type { Span } from '../model/types';
import { lastAtOrBefore } from '../model/lines';
import { type AlignedPair, align } from './align';
import { type NumberMention, type ParagraphFacts, type ReferenceMention, type SubMark, type VersionFacts, versionFacts } from './facts';

export type DiscrepancyKind =
  | 'missing'
  | 'citation'
  | 'number'
  | 'date'
  | 'reference'
  | 'subparagraphs'
  | 'lead-kind'
  | 'lead-meaning'
  | 'numbering';

/** Where a discrepancy is, in one version, and what that version says there. */
export interface DiscrepancySide extends Span {
  /** Index in `model.paragraphs` of the top-level paragraph concerned (or, for a missing paragraph on the side
   * that lacks it, of the paragraph where it would be), undefined when that version has no paragraph. */
  readonly paragraph: number | undefined;
  /** What this version says: "2368 (2017)", "18 December 2012", "(a) (b) (c)"; "" when it says nothing. */
  readonly says: string;
}

/** One difference between two versions, shown in both. */
export interface Discrepancy {
  readonly kind: DiscrepancyKind;
  readonly a: DiscrepancySide;
  readonly b: DiscrepancySide;
}

export interface PartCounts {
  readonly preamble: number;
  readonly operative: number;
}

export interface Comparison {
  readonly a: VersionFacts;
  readonly b: VersionFacts;
  /** The paragraphs of `a` and `b` put side by side (indexes into `model.paragraphs`). */
  readonly pairs: readonly AlignedPair[];
  readonly discrepancies: readonly Discrepancy[];
  readonly counts: { readonly a: PartCounts; readonly b: PartCounts };
}

/**
 * Compares two language versions of one resolution paragraph by paragraph. Pure: reads the two analyses
 * (model, citations) the service already made; lists every discrepancy with its place in both versions.
 */
export function compareVersions(a: DocumentAnalysis, b: DocumentAnalysis): Comparison {
  return compareFacts(versionFacts(a), versionFacts(b));
}

export function compareFacts(a: VersionFacts, b: VersionFacts): Comparison {
  const pairs = alignParagraphs(a, b);
  const out: Discrepancy[] = [];
  const numbering = new NumberingCheck();
  const mapAB = operativeMap(a, b, pairs, 'ab');
  const mapBA = operativeMap(a, b, pairs, 'ba');
  pairs.forEach((pair, k) => {
    if (pair.a === undefined || pair.b === undefined) {
      numbering.gap();
      const alone = pair.a !== undefined ? a.paragraphs[pair.a]! : b.paragraphs[pair.b!]!;
      if (!uncertain(alone)) out.push(missing(a, b, pairs, k));
      return;
    }
    const p = a.paragraphs[pair.a]!;
    const q = b.paragraphs[pair.b]!;
    const found = numbering.check(p, q);
    if (found) out.push(found);
    compareParagraphs({ a: a.model.text, b: b.model.text }, p, q, mapAB, mapBA, out);
  });
  return { a, b, pairs, discrepancies: out, counts: { a: countsOf(a), b: countsOf(b) } };
}

function countsOf(v: VersionFacts): PartCounts {
  return { preamble: v.model.preamble.length, operative: v.model.operative.length };
}

// ---------------------------------------------------------------- alignment

/** A pair of paragraphs gains from what they share: kind, number, leading phrase, numbers, words, length. */
function pairScore(p: ParagraphFacts, q: ParagraphFacts, logLengthP: number, logLengthQ: number, logRatio: number, sharedStems: number): number {
  let score = p.paragraph.kind === q.paragraph.kind ? 1 : -1.5;
  if (p.paragraph.kind === 'operative' && q.paragraph.kind === 'operative' && p.paragraph.number && q.paragraph.number) {
    score += p.position === q.position ? 1 : -0.3;
  }
  if (p.concept && q.concept) score += p.concept === q.concept ? 0.5 : -0.5;
  const anchorsP = p.anchorKeys;
  const anchorsQ = q.anchorKeys;
  if (anchorsP.length > 0 || anchorsQ.length > 0) {
    score += anchorsP.length > 0 && anchorsQ.length > 0 ? 3 * sortedJaccard(anchorsP, anchorsQ) - 1 : -0.5;
  }
  const d = Math.abs(logLengthQ - logLengthP - logRatio);
  score += 1 - Math.min(2, d * 2);
  score += p.subs.length === q.subs.length ? 0.3 : -0.3;
  if (p.stemKeys.length > 0 && q.stemKeys.length > 0) score += (4 * sharedStems) / (p.stemKeys.length + q.stemKeys.length - sharedStems) - 0.5;
  return score;
}

/**
 * For each stem of the other version, the paragraphs that have it, in order: the stems a paragraph shares
 * with every paragraph of its band are then counted in one pass over its own stems' lists (a few binary
 * searches), not by comparing it with each neighbour in turn.
 */
class SharedStems {
  private readonly postings = new Map<number, number[]>();
  private readonly counts: Int32Array;
  private from = 0;
  private to = 0;

  constructor(
    private readonly a: readonly ParagraphFacts[],
    b: readonly ParagraphFacts[],
  ) {
    b.forEach((q, j) => {
      for (const key of q.stemKeys) {
        const list = this.postings.get(key);
        if (list) list.push(j);
        else this.postings.set(key, [j]);
      }
    });
    this.counts = new Int32Array(b.length);
  }

  /** Counts what paragraph i of `a` shares with paragraphs lo..hi-1 of `b`. */
  row(i: number, lo: number, hi: number): void {
    this.counts.fill(0, this.from, this.to);
    this.from = lo;
    this.to = hi;
    for (const key of this.a[i]!.stemKeys) {
      const list = this.postings.get(key);
      if (!list) continue;
      // (Paragraph indices are whole numbers: the first at or after lo follows the last before it.)
      for (let k = lastAtOrBefore(list, lo - 1, (x) => x) + 1; k < list.length && list[k]! < hi; k++) this.counts[list[k]!]!++;
    }
  }

  shared(j: number): number {
    return this.counts[j]!;
  }
}


/** Jaccard index of two sorted sets, by one merge: the alignment computes it for every cell of its band. */
function sortedJaccard(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared / (x.length + y.length - shared);
}

const GAP = -1.2;
/** Leaving out a paragraph the checker cannot read (no number, no known leading phrase: a table's caption). */
const UNCERTAIN_GAP = -0.4;

/**
 * A paragraph with no number and no leading phrase of the lists: a table's caption, a title in italics, a
 * line the parser could not place. Versions lay such text out differently; its absence is not reported.
 */
function uncertain(p: ParagraphFacts): boolean {
  if (p.paragraph.number || p.concept !== undefined) return false;
  // A preambular paragraph that opens with a preambular form no list holds ("*Disappointed* at") is one.
  return !(p.paragraph.kind === 'preamble' && p.leadKind === 'preamble');
}

function alignParagraphs(a: VersionFacts, b: VersionFacts): AlignedPair[] {
  const total = (v: VersionFacts): number => v.paragraphs.reduce((s, p) => s + p.length, 0);
  const ratio = Math.max(1, total(b)) / Math.max(1, total(a));
  const gap = (v: VersionFacts) => (i: number): number => (uncertain(v.paragraphs[i]!) ? UNCERTAIN_GAP : GAP);
  const logRatio = Math.log(ratio);
  const stems = new SharedStems(a.paragraphs, b.paragraphs);
  const logLength = (v: VersionFacts): Float64Array => Float64Array.from(v.paragraphs, (p) => Math.log(Math.max(1, p.length)));
  const logA = logLength(a);
  const logB = logLength(b);
  return align(
    a.paragraphs.length,
    b.paragraphs.length,
    (i, j) => pairScore(a.paragraphs[i]!, b.paragraphs[j]!, logA[i]!, logB[j]!, logRatio, stems.shared(j)),
    gap(a),
    gap(b),
    (i, lo, hi) => stems.row(i, lo, hi),
  );
}

/** Operative numbers of one version mapped to those of the paragraphs they are aligned with in the other. */
function operativeMap(a: VersionFacts, b: VersionFacts, pairs: readonly AlignedPair[], direction: 'ab' | 'ba'): Map<number, number | undefined> {
  const map = new Map<number, number | undefined>();
  for (const pair of pairs) {
    const from = direction === 'ab' ? pair.a : pair.b;
    const to = direction === 'ab' ? pair.b : pair.a;
    if (from === undefined) continue;
    const p = (direction === 'ab' ? a : b).paragraphs[from]!;
    if (p.paragraph.kind !== 'operative' || map.has(p.position)) continue;
    const q = to === undefined ? undefined : (direction === 'ab' ? b : a).paragraphs[to]!;
    map.set(p.position, q?.paragraph.kind === 'operative' ? q.position : undefined);
  }
  return map;
}

// ---------------------------------------------------------------- missing paragraphs and numbering

function missing(a: VersionFacts, b: VersionFacts, pairs: readonly AlignedPair[], k: number): Discrepancy {
  const pair = pairs[k]!;
  const present = pair.a !== undefined ? 'a' : 'b';
  const here = (present === 'a' ? a : b).paragraphs[(present === 'a' ? pair.a : pair.b)!]!;
  const other = present === 'a' ? b : a;
  const otherIndex = neighbour(pairs, k, present === 'a' ? 'b' : 'a');
  const there = otherIndex === undefined ? undefined : other.paragraphs[otherIndex]!;
  const sideHere: DiscrepancySide = { ...here.head, paragraph: here.index, says: '' };
  const sideThere: DiscrepancySide = there ? { ...there.head, paragraph: there.index, says: '' } : { start: 0, end: 0, paragraph: undefined, says: '' };
  return present === 'a' ? { kind: 'missing', a: sideHere, b: sideThere } : { kind: 'missing', a: sideThere, b: sideHere };
}

/** The paragraph of `side` paired after position k (or, at the end, before it): where the missing one would be. */
function neighbour(pairs: readonly AlignedPair[], k: number, side: 'a' | 'b'): number | undefined {
  for (let i = k + 1; i < pairs.length; i++) if (pairs[i]![side] !== undefined) return pairs[i]![side];
  for (let i = k - 1; i >= 0; i--) if (pairs[i]![side] !== undefined) return pairs[i]![side];
  return undefined;
}

/**
 * Operative numbers that stop following each other: a paragraph numbered 5 in one version and 6 in the
 * other where the previous pair agreed. After a missing paragraph the shift is its consequence, not news.
 */
class NumberingCheck {
  private delta = 0;
  private afterGap = false;

  gap(): void {
    this.afterGap = true;
  }

  check(p: ParagraphFacts, q: ParagraphFacts): Discrepancy | undefined {
    if (p.paragraph.kind !== 'operative' || q.paragraph.kind !== 'operative' || !p.paragraph.number || !q.paragraph.number) return undefined;
    const delta = p.position - q.position;
    const changed = delta !== this.delta && !this.afterGap;
    this.delta = delta;
    this.afterGap = false;
    if (!changed) return undefined;
    return {
      kind: 'numbering',
      a: { ...p.paragraph.number, paragraph: p.index, says: p.paragraph.number.raw },
      b: { ...q.paragraph.number, paragraph: q.index, says: q.paragraph.number.raw },
    };
  }
}

// ---------------------------------------------------------------- one pair of paragraphs

function compareParagraphs(texts: { a: string; b: string }, p: ParagraphFacts, q: ParagraphFacts, mapAB: Map<number, number | undefined>, mapBA: Map<number, number | undefined>, out: Discrepancy[]): void {
  compareLeads(p, q, out);
  const sameStructure = compareSubs(p, q, out);
  // What stands in a subparagraph the other version lacks is that subparagraph's finding, not more.
  const skipA = unmatchedSubs(p, q);
  const skipB = unmatchedSubs(q, p);
  const keepA = <T extends Span>(list: readonly T[]): T[] => list.filter((x) => !skipA.some((s) => s.start <= x.start && x.start < s.end));
  const keepB = <T extends Span>(list: readonly T[]): T[] => list.filter((x) => !skipB.some((s) => s.start <= x.start && x.start < s.end));
  const unitOf = (f: ParagraphFacts, g: ParagraphFacts) => (offset: number): Span & { paragraph: number } => {
    if (sameStructure) {
      for (let k = f.subs.length - 1; k >= 0; k--) {
        if (f.subs[k]!.paragraph.start <= offset) return { ...subHead(g.subs[k]!), paragraph: g.index };
      }
    }
    return { ...g.head, paragraph: g.index };
  };
  const where: Where = { textA: texts.a, textB: texts.b, ab: unitOf(p, q), ba: unitOf(q, p) };
  pairUp(
    'citation',
    keepA(p.citations.filter((c) => !citationIn(c, q))),
    keepB(q.citations.filter((c) => !citationIn(c, p))),
    (c) => c.raw,
    p,
    q,
    where,
    out,
  );
  pairUp(
    'date',
    keepA(p.dates.filter((d) => !dateIn(d, q))),
    keepB(q.dates.filter((d) => !dateIn(d, p))),
    (d, text) => text.slice(d.start, d.end).replace(/[\s\u00a0]+/g, ' '),
    p,
    q,
    where,
    out,
  );
  pairUp('number', keepA(p.numbers.filter((n) => !numberIn(n, q))), keepB(q.numbers.filter((n) => !numberIn(n, p))), (n) => n.raw, p, q, where, out);
  pairUp(
    'reference',
    keepA(p.references.filter((r) => !referenceIn(r, q, mapAB))),
    keepB(q.references.filter((r) => !referenceIn(r, p, mapBA))),
    (r) => referenceText(r),
    p,
    q,
    where,
    out,
  );
}

function subHead(s: SubMark): Span {
  const label = s.paragraph.label;
  return label && label.end > label.start ? label : { start: s.paragraph.start, end: Math.max(s.paragraph.start + 1, Math.min(s.paragraph.end, s.paragraph.bodyStart + 1)) };
}

type Where = { readonly textA: string; readonly textB: string; readonly ab: (offset: number) => Span & { paragraph: number }; readonly ba: (offset: number) => Span & { paragraph: number } };

/**
 * What one version has and the other lacks, side by side: the first thing only `p` has with the first thing
 * only `q` has (a changed date is one discrepancy, not two), and what is left with the counterpart paragraph.
 */
function pairUp<T extends Span>(
  kind: DiscrepancyKind,
  onlyA: readonly T[],
  onlyB: readonly T[],
  says: (item: T, text: string) => string,
  p: ParagraphFacts,
  q: ParagraphFacts,
  where: Where,
  out: Discrepancy[],
): void {
  const n = Math.max(onlyA.length, onlyB.length);
  for (let i = 0; i < n; i++) {
    const x = onlyA[i];
    const y = onlyB[i];
    const a: DiscrepancySide = x ? { start: x.start, end: x.end, paragraph: p.index, says: says(x, where.textA) } : { ...where.ba(y!.start), says: '' };
    const b: DiscrepancySide = y ? { start: y.start, end: y.end, paragraph: q.index, says: says(y, where.textB) } : { ...where.ab(x!.start), says: '' };
    out.push({ kind, a, b });
  }
}

function compareLeads(p: ParagraphFacts, q: ParagraphFacts, out: Discrepancy[]): void {
  if (!p.lead || !q.lead) return;
  const text = (f: ParagraphFacts): string => f.paragraph.lead?.text ?? '';
  // "2. *While noting* improvements, *recognizes* that…" against "2. *Considère*, tout en prenant note…": the
  // verb of the other kind is there, after the lead (in italics, or as the main verb in roman type).
  if (p.leadKind && q.leadKind && p.leadKind !== q.leadKind && !p.laterVerbKinds.has(q.leadKind) && !q.laterVerbKinds.has(p.leadKind)) {
    out.push({ kind: 'lead-kind', a: { ...p.lead, paragraph: p.index, says: text(p) }, b: { ...q.lead, paragraph: q.index, says: text(q) } });
  }
}

/** Compares the subparagraphs' count and labels; true when they are the same (then compared one by one). */
function compareSubs(p: ParagraphFacts, q: ParagraphFacts, out: Discrepancy[]): boolean {
  const n = Math.max(p.subs.length, q.subs.length);
  for (let i = 0; i < n; i++) {
    const x = p.subs[i];
    const y = q.subs[i];
    if (x && y && x.level === y.level && x.value === y.value) continue;
    const side = (f: ParagraphFacts, s: SubMark | undefined): DiscrepancySide =>
      s ? { ...subHead(s), paragraph: f.index, says: structureText(f) } : { ...(f.subs.length > 0 ? subHead(f.subs[f.subs.length - 1]!) : f.head), paragraph: f.index, says: structureText(f) };
    out.push({ kind: 'subparagraphs', a: side(p, x), b: side(q, y) });
    return false;
  }
  return true;
}

/** The extents of the subparagraphs of `f` whose label (at its level) `g` does not have. */
function unmatchedSubs(f: ParagraphFacts, g: ParagraphFacts): Span[] {
  if (f.subs.length === 0) return [];
  const keys = new Map<string, number>();
  for (const s of g.subs) keys.set(`${s.level}:${s.value}`, (keys.get(`${s.level}:${s.value}`) ?? 0) + 1);
  const out: Span[] = [];
  for (const s of f.subs) {
    const key = `${s.level}:${s.value}`;
    const left = keys.get(key) ?? 0;
    if (left > 0) keys.set(key, left - 1);
    else out.push({ start: s.paragraph.start, end: extentEnd(s.paragraph) });
  }
  return out;
}

function structureText(f: ParagraphFacts): string {
  return f.subs.map((s) => (s.value === '•' ? '–' : `(${s.value})`)).join(' ');
}

// ---------------------------------------------------------------- what counts as the same

/**
 * A citation is in the other paragraph when it cites the same number with no conflicting year or session,
 * or, failing a citation there, when the number stands there in another form ("1267/1989/2253 Committee"
 * against "résolutions 1267 (1999), 1989 (2011) et 2253 (2015)").
 */
function citationIn(c: Citation, q: ParagraphFacts): boolean {
  const sameNumber = q.citations.filter((d) => d.number !== undefined && d.number === c.number);
  if (sameNumber.some((d) => compatible(c, d))) return true;
  if (sameNumber.length > 0) return false;
  if (c.number === undefined) return q.citations.some((d) => d.standard === c.standard) || digitsOf(c.standard).every((x) => q.allNumbers.has(x));
  return q.allNumbers.has(String(c.number));
}

function compatible(c: Citation, d: Citation): boolean {
  if (c.year !== undefined && d.year !== undefined && c.year !== d.year) return false;
  if (c.session && d.session && (c.session.number !== d.session.number || c.session.kind !== d.session.kind)) return false;
  return (c.part ?? '') === (d.part ?? '') || c.part === undefined || d.part === undefined;
}

function digitsOf(s: string): string[] {
  return (s.match(/\d+/g) ?? []).map((x) => String(Number(x)));
}

/**
 * A date is in the other paragraph when a date there is the same day, or, failing that, when its day, month
 * and year all stand there apart ("from 2 to 4 May" in 2019, "des 14 et 18 décembre 1973"), and no date
 * there gives that day and year another month; or when the other version gives the same day and month and
 * leaves out the year ("the 17 September agreement" for "l'accord du 17 septembre 2020").
 */
function dateIn(d: DateMention, q: ParagraphFacts): boolean {
  if (q.dates.some((e) => sameDate(d.date, e.date))) return true;
  const { year, month, day } = d.date;
  if (q.dates.some((e) => e.date.year === year && e.date.day === day && e.date.month !== month)) return false;
  if (month !== undefined && day !== undefined && q.daysWithoutYear.has(month * 100 + day)) return true;
  return q.allNumbers.has(String(year)) && (month === undefined || q.months.has(month)) && (day === undefined || q.allNumbers.has(String(day)));
}

function numberIn(n: NumberMention, q: ParagraphFacts): boolean {
  return n.readings.some((r) => q.allNumbers.has(r));
}

function referenceIn(r: ReferenceMention, q: ParagraphFacts, map: Map<number, number | undefined>): boolean {
  // A reference to a paragraph the other version lacks is that missing paragraph's finding, not its own.
  const target = map.get(r.item.number) ?? r.item.number;
  const labels = r.item.labels.map((l) => l.value).join(' ');
  if (q.references.some((s) => s.item.number === target && s.item.labels.map((l) => l.value).join(' ') === labels)) return true;
  // A reference the other version writes in a form the reader does not take for one ("paragraph 1 (d),
  // paragraph 1 (f) and paragraph 1 (g) of this resolution"): the number standing there is enough.
  return q.allNumbers.has(String(target));
}

function referenceText(r: ReferenceMention): string {
  const labels = r.item.labels.map((l) => ` (${l.value})`).join('');
  return `${r.item.number}${r.item.suffix ? ` ${r.item.suffix}` : ''}${labels}`;
}

