import { LANGUAGES, type Language } from '../lexicon';
import { splitLines } from '../model/lines';
import { PAGE_FOOTNOTE, PAGE_FURNITURE, pageFurniture } from '../model/pages';
import type { Span } from '../model/types';

export { looksLikeAmendmentSheet, SHEET_EXTENSION } from './detect';
import { findBase, HEAD, SHEET_EXTENSION } from './detect';
import { AMENDMENT_WORDS, type Action, type AmendmentWords, type Part, type Position, QUOTES, ordinalAlternatives, ordinalValue } from './tables';

/**
 * Reads an amendment sheet or a UN amendment document into operations. The sentence grammar is small and
 * every word of it comes from `tables.ts`: a sentence is cut into clauses at each verb ("…, delete … and
 * insert …"); a clause without a verb ("In operative paragraph 2", "After the fourth preambular paragraph")
 * says where the next clauses act; quoted words are read as words, and the text after a closing colon as
 * the new (or quoted) paragraph.
 */

/** A paragraph named by an amendment: "operative paragraph 5 (c)", "the fourth preambular paragraph". */
export interface Target extends Span {
  readonly part: Part;
  /** 1-based: the paragraph number, or the ordinal of a preambular paragraph. 0 for a whole part. */
  readonly number: number;
  /** Subparagraph letters, outermost first: ["c"] for "paragraph 5 (c)". */
  readonly labels: readonly string[];
  /** "the preamble", "the operative part": the part as a whole (new paragraphs go at its end). */
  readonly whole: boolean;
}

/** Quoted words or a quoted paragraph, with the span of its content in the sheet. */
export interface Quoted extends Span {
  readonly text: string;
}

export type OperationKind = 'delete-paragraph' | 'replace-paragraph' | 'insert-paragraph' | 'delete-words' | 'replace-words' | 'insert-words';

export interface Operation {
  readonly kind: OperationKind;
  /** 1-based order of the operation in the sheet, as reports name it. */
  readonly index: number;
  /** The instruction sentence in the sheet. */
  readonly span: Span;
  /** The paragraph acted on; for an insertion, the paragraph the new one goes before or after. */
  readonly target: Target;
  /** Insertions: where the new paragraph or words go. */
  readonly position?: Position;
  /** The words deleted or replaced, or the words new words go before or after. */
  readonly words?: Quoted;
  /** The new words or paragraph; for a deletion, the deleted paragraph as the amendment quotes it. */
  readonly text?: Quoted;
  /** The part a new paragraph belongs to, when the amendment says it ("a new preambular paragraph"). */
  readonly newPart?: Part | 'subparagraph';
  /** A change to words that the sentence's "so that the paragraph will read: …" restates: checked, not applied. */
  readonly covered?: boolean;
}

/** A sentence read as an instruction whose operation could not be completed. */
export interface SheetProblem extends Span {
  readonly code: 'no-target' | 'no-text';
}

export interface AmendmentSheet {
  /** The sheet as read: reports quote its instructions. */
  readonly text: string;
  readonly language: Language;
  /** The draft amended: a file name ("Amendments to: draft.md") or a document symbol ("A/80/L.18"). */
  readonly base: { readonly name?: string; readonly symbol?: string; readonly span: Span } | undefined;
  readonly operations: readonly Operation[];
  readonly problems: readonly SheetProblem[];
  /** Whether a sentence asks for the paragraphs to be renumbered (they always are; reports say so). */
  readonly renumber: boolean;
}

/** Reads `text` as an amendment sheet; undefined when it is not one (an ordinary draft, any other text). */
export function readAmendmentSheet(text: string, fileName = ''): AmendmentSheet | undefined {
  const base = findBase(text);
  if (!base && !fileName.toLowerCase().endsWith(SHEET_EXTENSION)) return undefined;
  const language = base?.language ?? detectLanguage(text);
  const sheet = new SheetReader(text, language).read();
  return { text, language, base: base && { ...(base.name ? { name: base.name } : {}), ...(base.symbol ? { symbol: base.symbol } : {}), span: base.span }, ...sheet };
}

function detectLanguage(text: string): Language {
  let best: Language = 'en';
  let hits = 0;
  for (const language of LANGUAGES) {
    const count = text.slice(0, HEAD).match(grammarOf(language).verb.global)?.length ?? 0;
    if (count > hits) [best, hits] = [language, count];
  }
  return best;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Words that must end where a word ends, except those ending in an apostrophe ("à l'", glued to the next). */
const bounded = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => (w.endsWith("'") ? escape(w) : `${escape(w)}${NOT_LETTER_AFTER}`)).join('|');
/** Letters on both sides: JavaScript's \b knows only ASCII letters, and the verbs are accented. */
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\d])';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\d])';

interface CompiledTarget {
  readonly regex: RegExp;
  readonly part: Part;
  readonly whole: boolean;
}

interface Grammar {
  readonly words: AmendmentWords;
  /** Any verb, at the position it is tested. */
  readonly verb: { readonly sticky: RegExp; readonly global: RegExp };
  /** Where a sentence is cut into clauses: before each verb that follows "and", a comma or a semicolon. */
  readonly split: RegExp;
  readonly targets: readonly CompiledTarget[];
  readonly positions: RegExp;
  /** An instruction's first words: a verb, a position or a preposition that introduces a target. */
  readonly starter: RegExp;
  readonly newParagraph: RegExp;
  readonly reading: RegExp;
  readonly replaceFor: RegExp;
}

const GRAMMARS = new Map<Language, Grammar>();
const CONJUNCTIONS: Readonly<Record<Language, string>> = { en: 'and', fr: 'et', es: 'y' };
/** Prepositions that open a clause naming where an operation acts ("In operative paragraph 2, …"). */
const SCOPE_WORDS: Readonly<Record<Language, readonly string[]>> = { en: ['in'], fr: ['au', 'aux', 'à l\'', 'à la', 'dans le', 'dans l\'', 'dans la'], es: ['en el', 'en la', 'en'] };

function grammarOf(language: Language): Grammar {
  const cached = GRAMMARS.get(language);
  if (cached) return cached;
  const words = AMENDMENT_WORDS[language];
  const verbs = alternation(Object.values(words.verbs).flat());
  const ordinals = alternation(ordinalAlternatives(language));
  const label = '\\(?(?:[a-z]{1,2}|[ivx]{1,6})\\)';
  const targets = words.targets.map((t) => ({
    regex: new RegExp(
      NOT_LETTER_BEFORE +
        t.pattern
          .replace('{ord}', `(?<ord>${ordinals})`)
          .replace('{num}', '(?<num>\\d{1,3})')
          .replace('{labels}', `(?<labels>(?: ?${label})*)`)
          .replace('{label}', `(?<label>${label})`) +
        NOT_LETTER_AFTER,
      'gu',
    ),
    part: t.part,
    whole: t.whole === true,
  }));
  const positions = bounded(Object.values(words.positions).flat());
  const grammar: Grammar = {
    words,
    verb: { sticky: new RegExp(`(?:${verbs})${NOT_LETTER_AFTER}`, 'yu'), global: new RegExp(`${NOT_LETTER_BEFORE}(?:${verbs})${NOT_LETTER_AFTER}`, 'giu') },
    split: new RegExp(`\\s*(?:[,;]\\s*)?(?:${CONJUNCTIONS[language]}\\s+)?(?=(?:${verbs})${NOT_LETTER_AFTER})|\\s*,?\\s*(?=(?:${alternation(words.verbs.reads)})${NOT_LETTER_AFTER})`, 'gu'),
    targets,
    positions: new RegExp(`${NOT_LETTER_BEFORE}(?:${positions})`, 'gu'),
    starter: new RegExp(`^(?:${bounded([...Object.values(words.verbs).flat(), ...Object.values(words.positions).flat(), ...SCOPE_WORDS[language]])})`, 'iu'),
    newParagraph: new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(words.newParagraph)})${NOT_LETTER_AFTER}`, 'u'),
    reading: new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(words.reading)})${NOT_LETTER_AFTER}`, 'u'),
    replaceFor: new RegExp(`^(?:${alternation(words.verbs['replace-for'].length ? words.verbs['replace-for'] : ['\u0000'])})`, 'u'),
  };
  GRAMMARS.set(language, grammar);
  return grammar;
}

/** A sentence lower-cased, spaces collapsed, quotes replaced by ⟦n⟧, with the sheet offset of each character. */
interface NormalSentence {
  readonly text: string;
  readonly map: readonly number[];
  readonly quotes: readonly Quoted[];
}

const PLACEHOLDER = /⟦(\d+)⟧/gu;

/** A line that opens an operation: its number ("1.") and italics are skipped. */
const OPENING = /^[ \t>]*(?:(?:\d{1,3}|[a-z])[.)][ \t]+)?[*_]*/;

class SheetReader {
  private readonly lines: { readonly starts: number[]; readonly ends: number[] };
  private readonly marks: Uint8Array | undefined;
  private readonly grammar: Grammar;
  private readonly operations: Operation[] = [];
  private readonly problems: SheetProblem[] = [];
  private renumber = false;

  constructor(
    private readonly text: string,
    private readonly language: Language,
  ) {
    this.lines = splitLines(text);
    this.marks = pageFurniture(text, this.lines.starts, this.lines.ends);
    this.grammar = grammarOf(language);
  }

  read(): { operations: Operation[]; problems: SheetProblem[]; renumber: boolean } {
    const count = this.lines.starts.length;
    let line = 0;
    while (line < count) {
      const sentence = this.instructionAt(line);
      if (!sentence) {
        line++;
        continue;
      }
      let next = this.lineOf(sentence.end) + 1;
      let block: Quoted | undefined;
      if (sentence.colon) {
        const end = this.blockEnd(next);
        block = this.blockText(next, end);
        next = end;
      }
      this.take(sentence, block);
      line = next;
    }
    return { operations: this.operations, problems: this.problems, renumber: this.renumber };
  }

  private lineText(line: number): string {
    return this.text.slice(this.lines.starts[line]!, this.lines.ends[line]!);
  }

  private isFurniture(line: number): boolean {
    const mark = this.marks?.[line];
    return mark === PAGE_FURNITURE || mark === PAGE_FOOTNOTE;
  }

  private isBlank(line: number): boolean {
    return this.lineText(line).trim() === '';
  }

  private lineOf(offset: number): number {
    let line = 0;
    while (line + 1 < this.lines.starts.length && this.lines.starts[line + 1]! <= offset) line++;
    return line;
  }

  /** The instruction sentence starting on `line`, if the line opens a paragraph with an instruction's words. */
  private instructionAt(line: number): { start: number; end: number; colon: boolean; sentence: NormalSentence } | undefined {
    if (this.isFurniture(line) || (line > 0 && !this.isBlank(line - 1) && !this.isFurniture(line - 1))) return undefined;
    const raw = this.lineText(line);
    const skip = OPENING.exec(raw)![0].length;
    if (!this.grammar.starter.test(raw.slice(skip).replace(/\u2019/g, "'"))) return undefined;
    const start = this.lines.starts[line]! + skip;
    const end = this.sentenceEnd(start);
    const sentence = normalise(this.text, start, end.at);
    if (this.readSentence(sentence, undefined, true) === 0) return undefined;
    return { start, end: end.at, colon: end.colon, sentence };
  }

  /** Where the sentence ends: the first "." or ":" outside quotes that ends a word group (not "L.18"). */
  private sentenceEnd(start: number): { at: number; colon: boolean } {
    const text = this.text;
    let closer: string | undefined;
    const limit = Math.min(text.length, start + 3000);
    for (let i = start; i < limit; i++) {
      const c = text[i]!;
      if (closer !== undefined) {
        if (c === closer) closer = undefined;
        continue;
      }
      const quote = QUOTES.find(([open]) => open === c);
      if (quote) {
        closer = quote[1];
        continue;
      }
      // "…reading: “text”" on the same line: the quoted text belongs to the sentence.
      if (c === ':' && QUOTES.some(([open]) => /^[ \t]*(.)/.exec(text.slice(i + 1, i + 8))?.[1] === open)) continue;
      if ((c === '.' || c === ':') && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) return { at: i + 1, colon: c === ':' };
      // A blank line ends an instruction that forgot its full stop.
      if (c === '\n' && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 40))) return { at: i, colon: false };
    }
    return { at: limit, colon: false };
  }

  /** The lines after an instruction that end with a colon, up to the next instruction. */
  private blockEnd(from: number): number {
    let line = from;
    while (line < this.lines.starts.length && !this.instructionAt(line)) line++;
    return line;
  }

  /** The new or quoted text: page furniture and footnotes left out, enclosing quotes taken off. */
  private blockText(from: number, to: number): Quoted | undefined {
    const kept: number[] = [];
    for (let line = from; line < to; line++) if (!this.isFurniture(line) && !/^[ \t]*\*{1,3}[ \t]/.test(this.lineText(line))) kept.push(line);
    while (kept.length && this.isBlank(kept[0]!)) kept.shift();
    while (kept.length && this.isBlank(kept[kept.length - 1]!)) kept.pop();
    if (!kept.length) return undefined;
    let start = this.lines.starts[kept[0]!]!;
    let end = this.lines.ends[kept[kept.length - 1]!]!;
    const parts: string[] = [];
    for (let i = 0; i < kept.length; i++) {
      parts.push(this.lineText(kept[i]!).trimEnd());
      // Lines dropped in between (a page break, footnotes) leave one paragraph break.
      if (i + 1 < kept.length && kept[i + 1]! !== kept[i]! + 1 && !this.isBlank(kept[i]!)) parts.push('');
    }
    let body = parts.join('\n').trim();
    start += this.text.slice(start).search(/\S/);
    end = start + this.text.slice(start, end).trimEnd().length;
    for (const [open, close] of QUOTES) {
      if (body.startsWith(open) && body.endsWith(close) && body.length > 1 && !body.slice(1, -1).includes(close)) {
        body = body.slice(open.length, -close.length).trim();
        start += 1;
        end -= 1;
        break;
      }
    }
    return { start, end, text: body };
  }

  private take(sentence: { start: number; end: number; sentence: NormalSentence }, block: Quoted | undefined): void {
    this.readSentence(sentence.sentence, block, false, sentence);
  }

  /**
   * Reads one sentence into operations (dry: only counts them). Returns how many it found, problems
   * included, so that a sentence that names no operation is text, not an instruction.
   */
  private readSentence(sentence: NormalSentence, block: Quoted | undefined, dry: boolean, at?: Span): number {
    const g = this.grammar;
    const clauses = splitClauses(sentence.text, g.split);
    const found: Omit<Operation, 'index' | 'span'>[] = [];
    let scope: Target | undefined;
    let scopePosition: Position | undefined;
    let problems = 0;
    const problem = (code: SheetProblem['code']): void => {
      problems++;
      if (!dry && at) this.problems.push({ start: at.start, end: at.end, code });
    };
    for (const clause of clauses) {
      const c = this.readClause(sentence, clause);
      if (!c.action) {
        if (c.targets.length) {
          scope = c.targets[c.targets.length - 1];
          scopePosition = c.position?.position;
        }
        continue;
      }
      const target = c.targets[0] ?? scope;
      const text = c.quotes[0] ?? block;
      switch (c.action) {
        case 'renumber':
          if (!dry) this.renumber = true;
          problems++;
          break;
        case 'delete': {
          if (c.quotes.length && !c.reading) {
            if (!target) problem('no-target');
            else for (const words of c.quotes) found.push({ kind: 'delete-words', target, words });
          } else {
            const targets = c.targets.length ? c.targets : scope ? [scope] : [];
            if (!targets.length) problem('no-target');
            for (const t of targets) found.push({ kind: 'delete-paragraph', target: t, ...(text && targets.length === 1 ? { text } : {}) });
          }
          break;
        }
        case 'replace':
        case 'replace-for': {
          if (!target) problem('no-target');
          else if (c.quotes.length >= 2) {
            const newFirst = c.action === 'replace-for';
            found.push({ kind: 'replace-words', target, words: c.quotes[newFirst ? 1 : 0]!, text: c.quotes[newFirst ? 0 : 1]! });
          } else if (!text) problem('no-text');
          else found.push({ kind: 'replace-paragraph', target, text });
          break;
        }
        case 'insert':
        case 'add': {
          const paragraph = g.newParagraph.test(clause.text) || (c.quotes.length === 0 && block !== undefined);
          const anchorTarget = c.position && c.position.target ? c.position.target : undefined;
          if (paragraph) {
            const place = anchorTarget ?? (scopePosition ? scope : undefined) ?? c.targets.find((t) => t.whole) ?? target;
            const position = anchorTarget ? c.position!.position : scopePosition ?? (place?.whole ? 'end' : c.position?.position ?? 'after');
            if (!place) problem('no-target');
            else if (!text) problem('no-text');
            else found.push({ kind: 'insert-paragraph', target: place, position: place.whole && position !== 'start' ? 'end' : position, text, ...partOf(clause.text, g) });
          } else {
            const anchorWords = c.position && c.position.quote !== undefined ? c.quotes[c.position.quote] : undefined;
            const newWords = c.quotes.find((q) => q !== anchorWords);
            if (!target) problem('no-target');
            else if (!newWords) problem('no-text');
            else found.push({ kind: 'insert-words', target, position: c.position?.position ?? 'end', text: newWords, ...(anchorWords ? { words: anchorWords } : {}) });
          }
          break;
        }
        case 'reads': {
          if (!scope && !target) problem('no-target');
          else if (!text) problem('no-text');
          else {
            for (let i = 0; i < found.length; i++) if (found[i]!.kind.endsWith('-words')) found[i] = { ...found[i]!, covered: true };
            found.push({ kind: 'replace-paragraph', target: (scope ?? target)!, text });
          }
          break;
        }
      }
    }
    if (!dry && at) for (const op of found) this.operations.push({ ...op, index: this.operations.length + 1, span: { start: at.start, end: at.end } });
    return found.length + problems;
  }

  private readClause(sentence: NormalSentence, clause: Clause): ClauseReading {
    const g = this.grammar;
    g.verb.sticky.lastIndex = 0;
    const verbMatch = g.verb.sticky.exec(clause.text);
    const action = verbMatch ? actionOf(g.words, verbMatch[0]) : undefined;
    const targets = findTargets(g, this.language, clause.text).map((t) => ({
      ...t.target,
      start: sentence.map[clause.offset + t.index]!,
      end: sentence.map[clause.offset + t.index + t.length - 1]! + 1,
      index: t.index,
    }));
    const quotes: { quoted: Quoted; index: number }[] = [];
    for (const m of clause.text.matchAll(PLACEHOLDER)) quotes.push({ quoted: sentence.quotes[Number(m[1])]!, index: m.index });
    let position: ClauseReading['position'];
    g.positions.lastIndex = 0;
    for (const m of clause.text.matchAll(g.positions)) {
      const after = m.index + m[0].length;
      const word = m[0];
      const kind = (Object.keys(g.words.positions) as Position[]).find((p) => g.words.positions[p].includes(word))!;
      const target = targets.find((t) => t.index >= after && clause.text.slice(after, t.index).trim().length <= 4);
      const quote = quotes.findIndex((q) => q.index >= after && clause.text.slice(after, q.index).trim().length <= 12);
      const reading = { position: kind, ...(target ? { target } : {}), ...(quote >= 0 ? { quote } : {}) };
      // The first position that names something wins; a bare one is kept only when nothing better follows.
      if (!position || (!position.target && position.quote === undefined)) position = reading;
      if (target || quote >= 0) break;
    }
    // A verb's own words ("replace … for …") do not decide the order; the table's "replace-for" verbs do.
    const resolvedAction = action === 'replace' && g.replaceFor.test(clause.text) ? 'replace-for' : action;
    return { ...(resolvedAction ? { action: resolvedAction } : {}), targets, quotes: quotes.map((q) => q.quoted), reading: g.reading.test(clause.text), ...(position ? { position } : {}) };
  }
}

interface Clause {
  readonly text: string;
  /** Offset of the clause in the normalised sentence. */
  readonly offset: number;
}

interface ClauseReading {
  readonly action?: Action;
  readonly targets: readonly (Target & { index: number })[];
  readonly quotes: readonly Quoted[];
  readonly reading: boolean;
  readonly position?: { readonly position: Position; readonly target?: Target; readonly quote?: number };
}

function actionOf(words: AmendmentWords, verb: string): Action | undefined {
  const lower = verb.toLowerCase();
  return (Object.keys(words.verbs) as Action[]).find((a) => words.verbs[a].includes(lower));
}

function partOf(clause: string, g: Grammar): { newPart?: Part | 'subparagraph' } {
  const m = g.newParagraph.exec(clause);
  const phrase = m ? clause.slice(m.index, m.index + m[0].length + 40) : '';
  for (const part of ['subparagraph', 'preamble', 'operative'] as const) {
    if (g.words.newPart[part].some((w) => phrase.includes(w))) return { newPart: part };
  }
  return {};
}

function splitClauses(text: string, split: RegExp): Clause[] {
  const clauses: Clause[] = [];
  let last = 0;
  split.lastIndex = 0;
  for (const m of text.matchAll(split)) {
    if (m.index === 0 && m[0].length === 0) continue;
    if (m.index > last) clauses.push({ text: text.slice(last, m.index), offset: last });
    last = m.index + m[0].length;
  }
  if (last < text.length) clauses.push({ text: text.slice(last), offset: last });
  return clauses.map((c) => ({ text: c.text.replace(/^[,;\s]+/, ''), offset: c.offset + (c.text.length - c.text.replace(/^[,;\s]+/, '').length) }));
}

/** Target phrases in a clause, the longest reading of each stretch of words kept. */
function findTargets(g: Grammar, language: Language, clause: string): { target: Omit<Target, 'start' | 'end'>; index: number; length: number }[] {
  const all: { target: Omit<Target, 'start' | 'end'>; index: number; length: number }[] = [];
  for (const t of g.targets) {
    t.regex.lastIndex = 0;
    for (const m of clause.matchAll(t.regex)) {
      const groups = m.groups ?? {};
      const number = t.whole ? 0 : groups.ord !== undefined ? ordinalValue(language, groups.ord) : Number(groups.num);
      if (number === undefined || Number.isNaN(number)) continue;
      const labels = [...`${groups.label ?? ''} ${groups.labels ?? ''}`.matchAll(/([a-z]{1,2}|[ivx]{1,6})\)/g)].map((l) => l[1]!);
      all.push({ target: { part: t.part, number, labels, whole: t.whole }, index: m.index, length: m[0].length });
    }
  }
  all.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: typeof all = [];
  for (const candidate of all) {
    if (!kept.some((k) => candidate.index < k.index + k.length && k.index < candidate.index + candidate.length)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Lower-cases a sentence and collapses its spaces, replacing quoted passages by placeholders. */
function normalise(text: string, start: number, end: number): NormalSentence {
  let out = '';
  const map: number[] = [];
  const quotes: Quoted[] = [];
  let i = start;
  const push = (s: string, at: number): void => {
    for (const ch of s) {
      out += ch;
      map.push(at);
    }
  };
  while (i < end) {
    const c = text[i]!;
    const quote = QUOTES.find(([open]) => open === c);
    if (quote) {
      const close = text.indexOf(quote[1], i + 1);
      if (close > i && close <= end) {
        const inner = text.slice(i + 1, close);
        const lead = inner.length - inner.trimStart().length;
        quotes.push({ start: i + 1 + lead, end: i + 1 + inner.trimEnd().length, text: inner.trim().replace(/\s+/g, ' ') });
        push(`⟦${quotes.length - 1}⟧`, i);
        i = close + 1;
        continue;
      }
    }
    if (/\s/.test(c)) {
      if (!out.endsWith(' ')) push(' ', i);
    } else if (c !== '*' && c !== '_') push(c === '\u2019' ? "'" : c.toLowerCase().charAt(0) || c, i);
    i++;
  }
  while (out.endsWith(' ') || out.endsWith('.') || out.endsWith(':')) {
    out = out.slice(0, -1);
    map.pop();
  }
  return { text: out, map, quotes };
}
