import type { ResolutionModel } from '../model/types';
import { ContextReader, NO_STATEMENT, type Statement } from './context';
import { type Fields, partsOf } from './fields';
import { parseRoman, type SessionKind } from './gaSessions';
import { type NumberFacts, type Organ, organNumbers, organSymbol } from './organs';
import {
  BACKSLASH,
  CandidateScanner,
  DOT,
  digitsValue,
  HYPHEN,
  HYPHENS,
  isAsciiWord,
  isDigit,
  LETTER_E,
  LETTER_S,
  matchNumberParen,
  NB_HYPHEN,
  SLASH,
  SP,
  SPACE,
  sticky,
  urlEnd,
} from './scan';
import { readDocumentSymbol, readGaRomanSymbol, readScSymbol } from './symbols';
import type { Citation, CitedBody, GaSession } from './types';

export { CandidateScanner, matchNumberParen, NUMBER_PAREN, PREFILTER } from './scan';

/**
 * Finds every citation of a resolution, decision, presidential statement or document symbol in a text, in
 * one pass.
 *
 * A cheap scan finds the places where a citation can be (scan.ts); a reader per form reads the citation
 * there: a document symbol of any family (symbols.ts), "2331 (2016)", "70/1", "2019/20", "S-26/2", or a bare
 * number after "resolution". What the number is depends on the organ the words around it name (context.ts):
 * "Human Rights Council resolution 40/25" is not the Assembly's 40/25, "the Council in its resolution
 * 2334 (2016)" is the Security Council's. Citations of one list ("resolutions 20/15, 23/16 et 41/4 du
 * Conseil des droits de l’homme") share what its words say, so a list is read whole before its citations
 * are made; organs.ts says which organ can have adopted a text numbered that way, and its symbol.
 */
export function recogniseCitations(model: ResolutionModel): Citation[] {
  return new Recogniser(model).run();
}

/** A citation read but not yet made: its organ waits for the end of its list. */
interface Pending {
  readonly start: number;
  readonly end: number;
  /** A symbol names its organ itself; a number has its organ resolved from the words. */
  readonly fields: Fields | undefined;
  readonly facts: NumberFacts | undefined;
  readonly parts: Fields['parts'];
  readonly part: string | undefined;
  /** The session as written in parentheses, or the special session ("S-26"), for the standard form. */
  readonly written: string;
  statement: Statement;
  /** Whether the statement is the list's, shared from its first citation. */
  shared: boolean;
  readonly after: readonly CitedBody[] | undefined;
}

/** S-26/2, ES-11/1, S‑30/1 */
const SPECIAL_SESSION = sticky(`(ES|S)${HYPHENS}([1-9]\\d?)/([1-9]\\d{0,3})(?![\\w/])`);
/** 70/1, 31/16 A, 7/34, 12/07 (another body's numbering), 2019/20 */
const SLASH_NUMBER = sticky(`(\\d{1,4})/(\\d{1,4})(?:(${SP}?)([A-Z])(?!\\w))?(?![\\w/])`);
const BARE_NEXT = sticky(`(?:\\]\\([^)\\s]*(?:\\([^)\\s]*\\)[^)\\s]*)*\\))?(?:${SP}*,${SP}*(?:(?:and|et|y)${SP}+)?|${SP}+(?:and|et|y)${SP}+)`);

class Recogniser {
  private readonly text: string;
  private readonly headingEnd: number;
  private readonly own: Organ | undefined;
  private readonly context: ContextReader;
  private readonly citations: Citation[] = [];
  /** The list being read. */
  private readonly list: Pending[] = [];
  /** Web addresses are skipped: "https://…/S/RES/2419%2520(2018)" holds no citation. */
  private urlStart = -1;
  private urlStop = -1;
  private urlSearched = 0;

  constructor(model: ResolutionModel) {
    this.text = model.text;
    this.headingEnd = model.heading?.end ?? -1;
    this.own = model.organ?.body;
    this.context = new ContextReader(model.text, model.lineStarts);
  }

  run(): Citation[] {
    const text = this.text;
    // Bare numbers ("resolution 2250") are the Council's: looked for in its texts, and in texts of no known organ.
    const candidates = new CandidateScanner(text, this.own === undefined || this.own === 'security-council');
    let consumed = 0;
    for (let hit = candidates.exec(); hit !== -1; hit = candidates.exec()) {
      if (this.inUrl(hit)) {
        candidates.lastIndex = Math.max(candidates.lastIndex, this.urlStop);
        continue;
      }
      const start = startOf(text, hit, consumed);
      const prev = start > 0 ? text.charCodeAt(start - 1) : SPACE;
      const first = text.charCodeAt(start);
      const keywordHit = first === 115 && text.charCodeAt(start + 1) === 111; // "solu"
      if (!keywordHit && rejectsStart(prev, first)) {
        // Inside a word, a symbol or an escape: "x2331 (2016)", "S/RES/…/12/05", "\\(2017\\)".
        let next = start + 1;
        while (next < text.length && isAsciiWord(text.charCodeAt(next))) next++;
        candidates.lastIndex = Math.max(candidates.lastIndex, next);
        continue;
      }
      const read = keywordHit ? this.readBareNumbers(start) : this.readAt(start);
      if (read === undefined) continue;
      if (typeof read === 'number') {
        candidates.lastIndex = Math.max(candidates.lastIndex, read);
        continue;
      }
      this.add(read);
      consumed = read.end;
      candidates.lastIndex = Math.max(candidates.lastIndex, read.end);
    }
    this.flush();
    return this.citations;
  }

  /** Whether `pos` is inside a web address; addresses are found once each, in document order. */
  private inUrl(pos: number): boolean {
    const text = this.text;
    while (pos >= this.urlStop && this.urlSearched !== -1) {
      // A search for ":" is several times faster than one for "://" (a pattern of one character).
      let sep = text.indexOf(':', this.urlSearched);
      while (sep !== -1 && (text.charCodeAt(sep + 1) !== SLASH || text.charCodeAt(sep + 2) !== SLASH)) sep = text.indexOf(':', sep + 1);
      if (sep === -1) {
        this.urlSearched = -1;
        break;
      }
      let s = sep;
      while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
      this.urlStart = s;
      this.urlStop = urlEnd(text, sep + 3);
      this.urlSearched = this.urlStop;
      if (pos < this.urlStart) break;
    }
    return pos >= this.urlStart && pos < this.urlStop;
  }

  /** The citation that starts at `start`, or where to go on scanning when nothing fits. */
  private readAt(start: number): Pending | number | undefined {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (isDigit(c)) return this.readNumber(start);
    if ((c === LETTER_S || c === LETTER_E) && isHyphenCode(text.charCodeAt(start + (c === LETTER_E ? 2 : 1)))) return this.readSpecialSession(start);
    const symbol = readScSymbol(text, start) ?? readGaRomanSymbol(text, start) ?? readDocumentSymbol(text, start);
    if (!symbol) return undefined;
    return this.pending(start, symbol.end, symbol.fields, undefined, symbol.fields.parts, undefined, '', NO_STATEMENT);
  }

  /** "2331 (2016)", "2625 (XXV)", "377 A (V)", "1874 (S-IV)"; "70/1", "7/34", "2019/20". */
  private readNumber(start: number): Pending | number | undefined {
    const text = this.text;
    const paren = matchNumberParen(text, start);
    if (paren) {
      const statement = this.context.before(start);
      // "resolution" before the number settles it; only other words are checked against the exclusions.
      if (!statement.keyword && this.context.excluded(start)) return paren.numberEnd;
      const { numberEnd, gapStart, gapEnd, innerStart, innerEnd, end } = paren;
      const part = paren.partStart === -1 ? undefined : text[paren.partStart]!;
      const parts = partsOf({ start, end: numberEnd });
      if (part !== undefined) {
        parts.part = { start: paren.partStart, end: paren.partStart + 1 };
        parts.partGap = { start: numberEnd, end: paren.partStart };
      }
      parts.gap = { start: gapStart, end: gapEnd };
      parts.open = { start: gapEnd, end: innerStart };
      parts.inner = { start: innerStart, end: innerEnd };
      parts.close = { start: innerEnd, end };
      const number = digitsValue(text, start, numberEnd);
      const kind = statement.kind;
      if (isDigit(text.charCodeAt(innerStart))) {
        const facts: NumberFacts = { form: 'number-year', kind, number, year: digitsValue(text, innerStart, innerEnd) };
        return this.pending(start, end, undefined, facts, parts, part, '', statement);
      }
      const written = text.slice(innerStart, innerEnd).replace('\u2011', '-');
      const session = sessionInParentheses(written);
      if (!session) return numberEnd;
      const facts: NumberFacts = { form: 'number-session', kind, number, session: session.number, sessionKind: session.kind, roman: written };
      return this.pending(start, end, undefined, facts, parts, part, written, statement);
    }
    SLASH_NUMBER.lastIndex = start;
    const m = SLASH_NUMBER.exec(text);
    if (!m) return undefined;
    const left = m[1]!;
    const right = m[2]!;
    if (left.charCodeAt(0) === 48 || right.length === 4 || (left.length === 4 && left[0] !== '1' && left[0] !== '2')) return start + left.length + 1;
    // "CL 144/9", "C 2013/20": another body's document code.
    if (this.context.afterCode(start)) return start + m[0].length;
    const statement = this.context.before(start);
    if (!statement.keyword && this.context.excluded(start)) return start + left.length + 1;
    const numberEnd = start + left.length + 1 + right.length;
    const end = start + m[0].length;
    const parts = partsOf({ start, end: numberEnd });
    const part = m[4];
    if (part !== undefined) {
      const partStart = numberEnd + (m[3]?.length ?? 0);
      parts.part = { start: partStart, end: partStart + 1 };
      parts.partGap = { start: numberEnd, end: partStart };
    }
    // A leading zero ("12/07") is no numbering of ours: the citation can only be another body's.
    const leadingZero = right.charCodeAt(0) === 48;
    const number = leadingZero ? 0 : Number(right);
    const facts: NumberFacts =
      left.length === 4
        ? { form: 'year-number', kind: statement.kind, number, year: Number(left) }
        : { form: 'session-number', kind: statement.kind, number, session: Number(left), sessionKind: 'regular' };
    return this.pending(start, end, undefined, facts, parts, part, leadingZero ? `${left}/${right}` : '', statement);
  }

  /** "S-26/2", "ES-11/1", "S‑30/1": a special or emergency special session of the Assembly (or a special session of the Human Rights Council). */
  private readSpecialSession(start: number): Pending | undefined {
    SPECIAL_SESSION.lastIndex = start;
    const m = SPECIAL_SESSION.exec(this.text);
    if (!m) return undefined;
    const end = start + m[0].length;
    const kind: SessionKind = m[1] === 'ES' ? 'emergency' : 'special';
    const statement = this.context.before(start);
    const facts: NumberFacts = { form: 'session-number', kind: statement.kind, number: Number(m[3]), session: Number(m[2]), sessionKind: kind };
    return this.pending(start, end, undefined, facts, partsOf({ start, end }), undefined, `${m[1]}-${m[2]}`, statement);
  }

  /**
   * "resolution 2250", "resolutions 2250 and 2419", "resolution [2391](…)": Council texts cite a resolution by
   * its number alone once they have cited it in full. Only the word "resolution" introduces such a number.
   */
  private readBareNumbers(hit: number): Pending | number | undefined {
    const text = this.text;
    let wordEnd = hit + 4;
    while (isLetterCode(text.charCodeAt(wordEnd))) wordEnd++;
    let last: Pending | undefined;
    let at = wordEnd;
    for (;;) {
      let start = at;
      while (isBareGap(text.charCodeAt(start))) start++;
      let end = start;
      while (end < start + 4 && isDigit(text.charCodeAt(end))) end++;
      // A number alone: not "2331 (2016)" (read at its parenthesis), "70/1", "2250.5" or "12th".
      if (end === start || text.charCodeAt(start) === 48 || !endsBare(text, end) || matchNumberParen(text, start)) break;
      const statement = last === undefined ? this.context.before(start) : NO_STATEMENT;
      if (last === undefined && (!statement.keyword || statement.kind !== 'resolution' || statement.keyword.end !== wordEnd)) break;
      const facts: NumberFacts = { form: 'number', kind: 'resolution', number: digitsValue(text, start, end) };
      if (last) this.add(last);
      last = this.pending(start, end, undefined, facts, partsOf({ start, end }), undefined, '', statement);
      BARE_NEXT.lastIndex = end;
      if (!BARE_NEXT.exec(text)) break;
      at = BARE_NEXT.lastIndex;
    }
    // The last one is added by the caller, as every reader's citation.
    return last ?? wordEnd;
  }

  private pending(start: number, end: number, fields: Fields | undefined, facts: NumberFacts | undefined, parts: Fields['parts'], part: string | undefined, written: string, statement: Statement): Pending {
    return { start, end, fields, facts, parts, part, written, statement, shared: false, after: this.context.namedAfter(end) };
  }

  /** Adds a citation to the list being read, or ends that list and starts another. */
  private add(p: Pending): void {
    const last = this.list[this.list.length - 1];
    // A citation of the form a named organ gives ("24/33" after "Human Rights Council resolutions") continues
    // its list even past the subject of the citation before it.
    const loose = last !== undefined && p.facts !== undefined && p.facts.form !== 'number-year' && this.list[0]!.statement.keyword !== undefined;
    if (last && !p.statement.keyword && this.context.inList(last.end, p.start, loose)) {
      p.statement = this.list[0]!.statement;
      p.shared = true;
    } else {
      this.flush();
    }
    this.list.push(p);
  }

  /** Makes the citations of the list read so far, with the organ its words name. */
  private flush(): void {
    const list = this.list;
    if (list.length === 0) return;
    // "… et 41/4 du Conseil des droits de l’homme": the organ after the list is the whole list's.
    const listAfter = list.length > 1 ? list[list.length - 1]!.after : undefined;
    for (const p of list) {
      const f = p.fields;
      const citation = f ? this.emit(p, f.kind, f.body, f.form, f.number, f.year, f.session, f.part, f.symbol, f.standard, f.parts, true) : this.make(p, listAfter);
      if (citation) this.citations.push(citation);
    }
    list.length = 0;
  }

  /** The citation a number makes once its organ is known; undefined when no organ numbers it so. */
  private make(p: Pending, listAfter: readonly CitedBody[] | undefined): Citation | undefined {
    const facts = p.facts!;
    const resolved = this.organOf(p, facts, listAfter);
    if (!resolved) return undefined;
    const { body, stated } = resolved;
    const session: GaSession | undefined =
      body === 'general-assembly' && facts.session !== undefined && facts.form !== 'year-number' ? { kind: facts.sessionKind ?? 'regular', number: facts.session } : undefined;
    const symbol = body === 'unknown' || (body === 'security-council' && facts.form === 'number') ? undefined : organSymbol(body, facts);
    return this.emit(p, facts.kind, body, facts.form, facts.number, facts.year, session, p.part, symbol, standardOf(facts, p.part, p.written), p.parts, stated);
  }

  /**
   * The organ of a numbered text: the one the words name (before the keyword, between it and the number,
   * after the citation or after its list), the organ a possessive refers to, the last one the clause names,
   * or what the form of the number says. A named organ is taken when it numbers its texts that way; the
   * others only then.
   */
  private organOf(p: Pending, facts: NumberFacts, listAfter: readonly CitedBody[] | undefined): { body: CitedBody; stated: boolean } | undefined {
    const s = p.statement;
    const fault = facts.form === 'number-year' || facts.form === 'number-session';
    // What the text says is taken even when the number does not fit ("General Assembly resolution 1514
    // (1960)"): the format rule says what is wrong.
    const named = (p.shared ? undefined : s.named) ?? p.after ?? listAfter;
    if (named) return stated(fitting(named, facts) ?? named[0]!);
    if (p.shared && s.named) {
      // The list's organ, when it numbers the citation so or the format rule can say what is wrong; a number
      // of another form belongs to another organ ("General Assembly resolution 46/152 …, 1993/28 of 27 July").
      const body = fitting(s.named, facts) ?? (fault ? s.named[0] : undefined);
      if (body) return stated(body);
    }
    const own = this.own;
    const ownFits = own !== undefined && organNumbers(own, facts);
    if (s.possessive) {
      const owner = this.context.ownerOf(s, ownFits);
      // "the Conference of the Parties, in its decision 14/4": another body's text, unless the number is
      // one the text's own organ gives ("the Special Committee … in its resolution 47/120 B": the Assembly's).
      if (owner?.[0] === 'unknown' && !ownFits) return stated('unknown');
      const body = owner ? fitting(owner, facts) : undefined;
      if (body) return stated(body);
      // "its resolution 2625 (1970)": the text's own organ with the wrong parenthesis, which the format rule reports.
      if (own && (ownFits || fault)) return stated(own);
    } else if (s.keyword && !fault) {
      // "Human Rights Council resolutions, in particular resolutions 7/34 …": the clause's organ.
      const mention = this.context.lastMention(s);
      const body = mention ? fitting(mention.bodies, facts) : undefined;
      if (body) return stated(body);
    }
    const body = defaultOrgan(facts, own, ownFits, s.keyword !== undefined);
    return body ? { body, stated: false } : undefined;
  }

  /**
   * Every citation object is built here with the same properties in the same order: one object shape
   * keeps property access fast in the rules and features (spreading optional fields made a dozen shapes).
   */
  private emit(
    p: Pending,
    kind: Citation['kind'],
    body: CitedBody,
    form: Citation['form'],
    number: number | undefined,
    year: number | undefined,
    session: GaSession | undefined,
    part: string | undefined,
    symbol: string | undefined,
    standard: string,
    parts: Citation['parts'],
    bodyStated: boolean,
  ): Citation {
    const { start, end } = p;
    const statement = p.shared ? NO_STATEMENT : p.statement;
    return {
      start,
      end,
      kind,
      body,
      form,
      raw: this.text.slice(start, end),
      number,
      year,
      session,
      part,
      symbol,
      standard,
      bodyStated,
      keyword: statement.keyword,
      paragraph: statement.paragraph,
      inHeading: start < this.headingEnd,
      parts,
    };
  }
}

/** The first of the named organs that numbers its texts this way. */
function fitting(bodies: readonly CitedBody[], facts: NumberFacts): CitedBody | undefined {
  for (const b of bodies) if (b !== 'unknown' && organNumbers(b, facts)) return b;
  return undefined;
}

const STATED: Readonly<Record<CitedBody, { readonly body: CitedBody; readonly stated: true }>> = {
  'security-council': { body: 'security-council', stated: true },
  'general-assembly': { body: 'general-assembly', stated: true },
  'human-rights-council': { body: 'human-rights-council', stated: true },
  ecosoc: { body: 'ecosoc', stated: true },
  unknown: { body: 'unknown', stated: true },
};

function stated(body: CitedBody): { body: CitedBody; stated: boolean } {
  return STATED[body];
}

/**
 * The organ a number belongs to when the words name none: the text's own organ when it numbers its texts
 * that way, else the one whose numbering the form is (a year in parentheses is the Council's, a session
 * the Assembly's, "2019/20" after "resolution" the Economic and Social Council's). A number no organ of
 * ours fits is another body's when "resolution" or "decision" introduces it, and no citation otherwise.
 */
function defaultOrgan(facts: NumberFacts, own: Organ | undefined, ownFits: boolean, keyword: boolean): CitedBody | undefined {
  if (ownFits) return own;
  for (const organ of DEFAULT_ORGANS[facts.form]) {
    if (facts.form === 'year-number' && !(keyword && facts.kind === 'resolution')) continue;
    if (organNumbers(organ, facts)) return organ;
  }
  return keyword && facts.form !== 'number' ? 'unknown' : undefined;
}

const DEFAULT_ORGANS: Readonly<Record<Citation['form'], readonly Organ[]>> = {
  'number-year': ['security-council'],
  'number-session': ['general-assembly'],
  'session-number': ['general-assembly'],
  'year-number': ['ecosoc'],
  number: [],
  symbol: [],
};

/** How the citation should be written: "2331 (2016)", "377 A (V)", "31/16 A", "S-26/2", "2019/20", "2250". */
function standardOf(facts: NumberFacts, part: string | undefined, written: string): string {
  const partText = part !== undefined ? ` ${part}` : '';
  switch (facts.form) {
    case 'number-year':
      return `${facts.number}${partText} (${facts.year})`;
    case 'number-session':
      return `${facts.number}${partText} (${written})`;
    case 'year-number':
      return `${facts.year}/${facts.number}${partText}`;
    case 'session-number':
      if (facts.sessionKind !== 'regular') return `${written}/${facts.number}`;
      return (written || `${facts.session}/${facts.number}`) + partText;
    default:
      return String(facts.number);
  }
}

/** The session in parentheses: "XXV", or a special session "S-IV", "ES-I". */
function sessionInParentheses(written: string): { kind: SessionKind; number: number } | undefined {
  const special = written.startsWith('ES-') ? 'emergency' : written.startsWith('S-') ? 'special' : 'regular';
  const roman = parseRoman(special === 'regular' ? written : written.slice(written.indexOf('-') + 1));
  return roman === undefined ? undefined : { kind: special, number: roman };
}

/** Spaces, emphasis markers and a link's bracket between "resolution" and its number. */
function isBareGap(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 42 || c === 95 || c === 91;
}

/** Whether a bare number ends at `end`: no letter, digit, slash, parenthesis or hyphen after it, nor a decimal. */
function endsBare(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (isAsciiWord(c) || c === SLASH || c === 40 || isHyphenCode(c)) return false;
  return !((c === DOT || c === 44) && isDigit(text.charCodeAt(end + 1)));
}

/**
 * Back up from a hit to where the citation starts: the first digit of the number, or the "S" or "ES" of a
 * special session before it ("S-26/2", "ES‑11/1").
 */
function startOf(text: string, hit: number, consumed: number): number {
  let start = hit;
  if (!isDigit(text.charCodeAt(start))) return start;
  while (start > consumed && isDigit(text.charCodeAt(start - 1))) start--;
  if (start - 2 >= consumed && isHyphenCode(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) === LETTER_S) {
    start -= 2;
    if (start > consumed && text.charCodeAt(start - 1) === LETTER_E) start--;
  }
  return start;
}

/**
 * A citation cannot start inside a word, a symbol or an escape: checked here rather than by a look-behind in
 * the patterns, which would be tested at every position. A dot before a number is a decimal or a label.
 */
function rejectsStart(prev: number, first: number): boolean {
  return isAsciiWord(prev) || prev === SLASH || prev === BACKSLASH || isHyphenCode(prev) || (prev === DOT && isDigit(first));
}

function isHyphenCode(c: number): boolean {
  return c === HYPHEN || c === NB_HYPHEN;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}

