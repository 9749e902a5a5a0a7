import { diffWordsWithSpace } from 'diff';
import type { Language } from '../lexicon';
import { lineOf } from '../model/lines';
import { parseResolution } from '../model/parser';
import { extentEnd } from '../amendments/plan';
import type { Paragraph, ResolutionModel } from '../model/types';

/**
 * Compares two revisions of a draft paragraph by paragraph. Paragraphs are matched by their text, not by
 * their number: first those whose text is the same, then the most alike of the rest (half their words in
 * common or more). A matched paragraph whose number alone changed is "renumbered"; one that left the order
 * of the others is "moved"; inside a matched paragraph the words are compared with the `diff` library.
 */
export type ChangeKind = 'changed' | 'moved' | 'renumbered' | 'deleted' | 'inserted';

export interface ParagraphSide {
  /** "PP3", "OP5", "OP5 (c)": how negotiators name it. */
  readonly label: string;
  /** 1-based line in its text. */
  readonly line: number;
  /** The paragraph's own text, its number or letter left out. */
  readonly text: string;
}

export interface WordChange {
  readonly op: '=' | '-' | '+';
  readonly text: string;
}

export interface ParagraphChange {
  readonly kind: ChangeKind;
  readonly old?: ParagraphSide;
  readonly new?: ParagraphSide;
  /** Matched paragraphs whose text differs: the words kept, removed and added. */
  readonly words?: readonly WordChange[];
  /** A moved paragraph whose text changed too. */
  readonly alsoChanged?: boolean;
}

export interface Comparison {
  readonly language: Language;
  readonly changes: readonly ParagraphChange[];
  /** Paragraphs found in both, unchanged. */
  readonly unchanged: number;
}

/** A paragraph of either text: top-level and subparagraphs alike, in reading order. */
export interface Unit {
  readonly paragraph: Paragraph;
  /** The top-level paragraph it belongs to (itself for a top-level one). */
  readonly top: Paragraph;
  readonly part: 'preamble' | 'operative';
  /** Ordinal in its part for a preambular paragraph, the number for an operative one. */
  readonly number: number;
  readonly labels: readonly string[];
  readonly label: string;
  readonly text: string;
  readonly key: string;
  readonly line: number;
}

/** `whole`: top-level paragraphs only, each with its subparagraphs' text (what an amendment replaces). */
export function unitsOf(model: ResolutionModel, whole = false): Unit[] {
  const units: Unit[] = [];
  const visit = (p: Paragraph, top: Paragraph, part: Unit['part'], number: number, labels: string[]): void => {
    const text = model.text.slice(p.bodyStart, whole ? extentEnd(p) : p.end);
    const label = `${part === 'preamble' ? 'PP' : 'OP'}${number}${labels.map((l) => ` (${l})`).join('')}`;
    units.push({ paragraph: p, top, part, number, labels, label, text, key: normal(text), line: lineOf(model.lineStarts, p.start) + 1 });
    if (!whole) for (const sub of p.subparagraphs) visit(sub, top, part, number, [...labels, sub.label?.value ?? '']);
  };
  model.preamble.forEach((p, i) => visit(p, p, 'preamble', i + 1, []));
  model.operative.forEach((p, i) => visit(p, p, 'operative', p.number?.value ?? i + 1, []));
  return units.sort((a, b) => a.paragraph.start - b.paragraph.start);
}

export function compareRevisions(oldText: string, newText: string, language?: Language): Comparison {
  const oldModel = parseResolution(oldText, language ? { language } : {});
  const newModel = parseResolution(newText, { language: language ?? oldModel.language });
  return compareModels(oldModel, newModel);
}

export interface Pairing {
  readonly oldUnits: readonly Unit[];
  readonly newUnits: readonly Unit[];
  /** For each new unit, the index of the old unit it matches, or -1. */
  readonly match: readonly number[];
  /** Old units in a matched pair that left the order of the others. */
  readonly moved: ReadonlySet<number>;
}

/** Half their words in common or more: the same paragraph, edited. */
const ALIKE = 0.5;

export function pairUnits(oldModel: ResolutionModel, newModel: ResolutionModel, whole = false): Pairing {
  const oldUnits = unitsOf(oldModel, whole);
  const newUnits = unitsOf(newModel, whole);
  const match = new Array<number>(newUnits.length).fill(-1);
  const taken = new Set<number>();
  const byKey = new Map<string, number[]>();
  oldUnits.forEach((u, i) => byKey.set(u.key, [...(byKey.get(u.key) ?? []), i]));
  newUnits.forEach((u, j) => {
    const candidates = byKey.get(u.key)?.filter((i) => !taken.has(i)) ?? [];
    if (candidates.length && u.key !== '') {
      match[j] = candidates[0]!;
      taken.add(candidates[0]!);
    }
  });
  // The most alike pairs first, among what is left of both sides.
  const scored: { i: number; j: number; score: number }[] = [];
  const oldWords = oldUnits.map((u) => wordSet(u.key));
  newUnits.forEach((u, j) => {
    if (match[j] !== -1) return;
    const words = wordSet(u.key);
    oldUnits.forEach((o, i) => {
      if (taken.has(i) || o.part !== u.part) return;
      const score = similarity(oldWords[i]!, words);
      if (score >= ALIKE) scored.push({ i, j, score });
    });
  });
  scored.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  for (const s of scored) {
    if (match[s.j] !== -1 || taken.has(s.i)) continue;
    match[s.j] = s.i;
    taken.add(s.i);
  }
  return { oldUnits, newUnits, match, moved: movedOf(match) };
}

export function compareModels(oldModel: ResolutionModel, newModel: ResolutionModel): Comparison {
  const { oldUnits, newUnits, match, moved } = pairUnits(oldModel, newModel);
  const changes: { at: number; change: ParagraphChange }[] = [];
  let unchanged = 0;
  const side = (u: Unit): ParagraphSide => ({ label: u.label, line: u.line, text: u.text.replace(/\s+/g, ' ').trim() });
  const matched = new Set(match.filter((i) => i >= 0));
  newUnits.forEach((u, j) => {
    const i = match[j]!;
    if (i === -1) {
      changes.push({ at: j, change: { kind: 'inserted', new: side(u) } });
      return;
    }
    const o = oldUnits[i]!;
    const same = collapse(o.text) === collapse(u.text);
    const words = same ? undefined : wordChanges(o.text, u.text);
    if (moved.has(i)) changes.push({ at: j, change: { kind: 'moved', old: side(o), new: side(u), ...(words ? { words, alsoChanged: true } : {}) } });
    else if (!same) changes.push({ at: j, change: { kind: 'changed', old: side(o), new: side(u), words: words! } });
    else if (o.label !== u.label) changes.push({ at: j, change: { kind: 'renumbered', old: side(o), new: side(u) } });
    else unchanged++;
  });
  // A deleted paragraph is listed where it stood: after the new paragraph that follows its predecessor.
  oldUnits.forEach((o, i) => {
    if (matched.has(i)) return;
    const before = match.reduce((best, oi, j) => (oi !== -1 && oi < i && j > best ? j : best), -1);
    changes.push({ at: before + 0.5, change: { kind: 'deleted', old: side(o) } });
  });
  changes.sort((a, b) => a.at - b.at);
  return { language: oldModel.language, changes: changes.map((c) => c.change), unchanged };
}

function wordChanges(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before.replace(/\s+/g, ' ').trim(), after.replace(/\s+/g, ' ').trim()).map((p) => ({ op: p.added ? '+' : p.removed ? '-' : '=', text: p.value }));
}

/** The old indices of matched pairs outside the longest run kept in order: those moved. */
function movedOf(match: readonly number[]): Set<number> {
  const seq = match.filter((i) => i >= 0);
  // Longest increasing subsequence (patience sorting), remembering predecessors.
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  const tailIndex: number[] = [];
  seq.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailIndex[lo] = k;
    prev[k] = lo > 0 ? tailIndex[lo - 1]! : -1;
  });
  const kept = new Set<number>();
  for (let k = tailIndex[tails.length - 1] ?? -1; k !== -1; k = prev[k]!) kept.add(seq[k]!);
  return new Set(seq.filter((v) => !kept.has(v)));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What a reader compares: spacing, emphasis and footnote markers do not count. */
function normal(s: string): string {
  return s.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

function wordSet(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}
