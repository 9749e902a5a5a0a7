import type { ResolutionModel } from '../model/types';
import { ContextReader, NO_STATEMENT } from './context';
import { readBareNumbers, readNumber, readSpecialSession, standardOf } from './numbers';
import { type Organ, organSymbol } from './organs';
import { type Pending, pendingOf } from './pending';
import { organOf } from './resolve';
import { BACKSLASH, CandidateScanner, DOT, isAsciiWord, isDigit, isHyphen, LETTER_E, LETTER_S, SLASH, SPACE, UrlSkipper } from './scan';
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

class Recogniser {
  private readonly text: string;
  private readonly headingEnd: number;
  private readonly own: Organ | undefined;
  private readonly context: ContextReader;
  private readonly citations: Citation[] = [];
  /** The list being read. */
  private readonly list: Pending[] = [];
  /** Web addresses are skipped: "https://…/S/RES/2419%2520(2018)" holds no citation. */
  private readonly urls: UrlSkipper;
  /** `add`, bound once for the readers of lists. */
  private readonly addPending = (p: Pending): void => this.add(p);

  constructor(model: ResolutionModel) {
    this.text = model.text;
    this.headingEnd = model.heading?.end ?? -1;
    this.own = model.organ?.body;
    this.context = new ContextReader(model.text, model.lineStarts);
    this.urls = new UrlSkipper(model.text);
  }

  run(): Citation[] {
    const text = this.text;
    // Bare numbers ("resolution 2250") are the Council's: looked for in its texts, and in texts of no known organ.
    const candidates = new CandidateScanner(text, this.own === undefined || this.own === 'security-council');
    let consumed = 0;
    for (let hit = candidates.exec(); hit !== -1; hit = candidates.exec()) {
      const urlEnd = this.urls.endOfUrlAt(hit);
      if (urlEnd !== -1) {
        candidates.lastIndex = Math.max(candidates.lastIndex, urlEnd);
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
      const read = keywordHit ? readBareNumbers(text, start, this.context, this.addPending) : this.readAt(start);
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

  /** The citation that starts at `start`, or where to go on scanning when nothing fits. */
  private readAt(start: number): Pending | number | undefined {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (isDigit(c)) return readNumber(text, start, this.context);
    if ((c === LETTER_S || c === LETTER_E) && isHyphen(text.charCodeAt(start + (c === LETTER_E ? 2 : 1)))) return readSpecialSession(text, start, this.context);
    const symbol = readScSymbol(text, start) ?? readGaRomanSymbol(text, start) ?? readDocumentSymbol(text, start);
    if (!symbol) return undefined;
    return pendingOf(this.context, start, symbol.end, symbol.fields, undefined, symbol.fields.parts, undefined, '', NO_STATEMENT);
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
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      const f = p.fields;
      const citation = f ? this.emit(p, f.kind, f.body, f.form, f.number, f.year, f.session, f.part, f.symbol, f.standard, f.parts, true) : this.make(p, listAfter);
      if (citation) this.citations.push(citation);
    }
    list.length = 0;
  }

  /** The citation a number makes once its organ is known; undefined when no organ numbers it so. */
  private make(p: Pending, listAfter: readonly CitedBody[] | undefined): Citation | undefined {
    const facts = p.facts!;
    const resolved = organOf(p, facts, listAfter, this.own, this.context);
    if (!resolved) return undefined;
    const { body, stated } = resolved;
    const session: GaSession | undefined =
      body === 'general-assembly' && facts.session !== undefined && facts.form !== 'year-number' ? { kind: facts.sessionKind ?? 'regular', number: facts.session } : undefined;
    const symbol = body === 'unknown' || (body === 'security-council' && facts.form === 'number') ? undefined : organSymbol(body, facts);
    return this.emit(p, facts.kind, body, facts.form, facts.number, facts.year, session, p.part, symbol, standardOf(facts, p.part, p.written), p.parts, stated);
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

/**
 * Back up from a hit to where the citation starts: the first digit of the number, or the "S" or "ES" of a
 * special session before it ("S-26/2", "ES‑11/1").
 */
function startOf(text: string, hit: number, consumed: number): number {
  let start = hit;
  if (!isDigit(text.charCodeAt(start))) return start;
  while (start > consumed && isDigit(text.charCodeAt(start - 1))) start--;
  if (start - 2 >= consumed && isHyphen(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) === LETTER_S) {
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
  return isAsciiWord(prev) || prev === SLASH || prev === BACKSLASH || isHyphen(prev) || (prev === DOT && isDigit(first));
}
