import type { Body, ResolutionModel, Span } from '../model/types';
import { GA_LAST_ROMAN_SESSION, parseRoman, type SessionKind } from './gaSessions';
import type { Citation, CitationParts, CitedBody, GaSession } from './types';

/**
 * Finds every citation of a resolution, presidential statement or document symbol in a text, in one pass.
 *
 * A cheap pre-filter finds the places where a citation can be (a digit before "(", "NN/", "S/", "ES-");
 * an anchored (sticky) expression reads the citation there. Every alternative is confined to one line.
 * Short anchored checks then read the few characters around it: the word before it (to reject
 * "Article 2 (4)" or "Convention No. 182 (1999)", and to find "resolution" and the body that adopted the
 * text), and the words after it ("de l'Assemblée générale"). Work stays linear in the size of the text:
 * about 2 ms per megabyte for the scan.
 */

const SP = '[ \\t\\u00a0\\u202f]';
// One sticky expression per form, tried only where the form can start: a single alternation of all of
// them would build a match object with every form's groups for each citation.
const sticky = (source: string): RegExp => new RegExp(source, 'y');
/** S/RES/2388 (2017), S/RES/2388(2017), S/RES/2388 */
const SC_SYMBOL = sticky(`(?<scsym>[Ss]/[Rr][Ee][Ss]/)(?<scsymnum>[1-9]\\d{0,4})(?![\\w/])(?:(?<scsymgap>${SP}*)(?<scsymopen>\\\\?\\(${SP}*)(?<scsyminner>\\d{4}|[IVXL]{1,6})(?<scsymclose>${SP}*\\\\?\\)))?`);
/** A/RES/2625 (XXV): the symbol of a resolution of sessions I–XXX */
const GA_ROMAN_SYMBOL = sticky(`(?<garsym>[Aa]/[Rr][Ee][Ss]/)(?<garnum>[1-9]\\d{0,3})${SP}*\\\\?\\((?<garinner>[IVXL]{1,6})\\\\?\\)`);
/** A/RES/70/1, S/PRST/2015/25, S/2017/939, A/70/L.1, S/25704, E/2017/1 … */
const SYMBOL = sticky(`(?<sym>[SAE]/(?:[A-Za-z0-9][A-Za-z0-9.\\-]*/)*[A-Za-z0-9][A-Za-z0-9.\\-]*)`);
/** S-26/2, ES-11/1 */
const SPECIAL_SESSION = sticky(`(?<spk>ES|S)-(?<sps>[1-9]\\d?)/(?<spn>[1-9]\\d{0,3})(?![\\w/])`);
/**
 * 2331 (2016), 2625 (XXV), 377 A (V), [2359 \\(2017\\)](#), 1514(XV). The recogniser reads this form by
 * hand (matchNumberParen below); the expression stays as its definition, which a test compares it with.
 */
export const NUMBER_PAREN = sticky(`(?<num>[1-9]\\d{0,3})(?:(?<partgap>${SP}*)(?<part>[A-Z])(?!\\w))?(?<gap>${SP}*)(?<open>\\\\?\\(${SP}*)(?<inner>\\d{4}|[IVXL]{1,6})(?<close>${SP}*\\\\?\\))`);
/** 70/1, 31/16 A */
const SESSION_NUMBER = sticky(`(?<gas>[1-9]\\d{1,2})/(?<gan>[1-9]\\d{0,3})(?:(?<gapartgap>${SP}?)(?<gapart>[A-Z])(?!\\w))?(?![\\w/])`);

// After a digit, NUMBER_PAREN comes first: matchNumberParen is tried before these.
const AFTER_DIGIT = [SESSION_NUMBER];
const AFTER_S = [SC_SYMBOL, SYMBOL, SPECIAL_SESSION];
const AFTER_A = [GA_ROMAN_SYMBOL, SYMBOL];
const AFTER_E = [SYMBOL, SPECIAL_SESSION];

/** The offsets of a NUMBER_PAREN match (the groups' boundaries); `partStart` is -1 without a part letter. */
export interface NumberParenMatch {
  numberEnd: number;
  partStart: number;
  gapStart: number;
  gapEnd: number;
  innerStart: number;
  innerEnd: number;
  end: number;
}

/** The one NumberParenMatch object, overwritten by each match: a citation is built from it at once. */
const NUMBER_PAREN_MATCH: NumberParenMatch = { numberEnd: 0, partStart: -1, gapStart: 0, gapEnd: 0, innerStart: 0, innerEnd: 0, end: 0 };

/**
 * NUMBER_PAREN at `start`, read by hand: the expression built a match with seven group strings for every
 * citation of the most common form. Each part of the pattern can match in one way only (spaces, letters,
 * digits and brackets exclude each other), so no backtracking is needed: the first way that fails fails all.
 */
export function matchNumberParen(text: string, start: number): NumberParenMatch | undefined {
  const first = text.charCodeAt(start);
  if (!(first >= 49 && first <= 57)) return undefined;
  let i = start + 1;
  while (i < start + 4 && isDigit(text.charCodeAt(i))) i++;
  const numberEnd = i;
  while (isPatternSpace(text.charCodeAt(i))) i++;
  let partStart = -1;
  const letter = text.charCodeAt(i);
  if (letter >= 65 && letter <= 90) {
    // A capital after the number is a part letter ("377 A (V)") or nothing fits at all.
    if (isAsciiWord(text.charCodeAt(i + 1))) return undefined;
    partStart = i;
    i++;
  }
  const gapStart = partStart === -1 ? numberEnd : partStart + 1;
  while (isPatternSpace(text.charCodeAt(i))) i++;
  const gapEnd = i;
  if (text.charCodeAt(i) === BACKSLASH) i++;
  if (text.charCodeAt(i) !== OPEN_PAREN) return undefined;
  i++;
  while (isPatternSpace(text.charCodeAt(i))) i++;
  const innerStart = i;
  if (isDigit(text.charCodeAt(i))) {
    while (i < innerStart + 4 && isDigit(text.charCodeAt(i))) i++;
    if (i < innerStart + 4) return undefined;
  } else {
    while (i < innerStart + 6 && isRomanLetter(text.charCodeAt(i))) i++;
    if (i === innerStart) return undefined;
  }
  const innerEnd = i;
  while (isPatternSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === BACKSLASH) i++;
  if (text.charCodeAt(i) !== CLOSE_PAREN) return undefined;
  const m = NUMBER_PAREN_MATCH;
  m.numberEnd = numberEnd;
  m.partStart = partStart;
  m.gapStart = gapStart;
  m.gapEnd = gapEnd;
  m.innerStart = innerStart;
  m.innerEnd = innerEnd;
  m.end = i + 1;
  return m;
}

function isPatternSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

function isRomanLetter(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76; // I V X L
}

/** The citation form that matches at `start`, if any, in the order of precedence of the forms. */
function matchAt(text: string, start: number): RegExpExecArray | null {
  const c = text.charCodeAt(start);
  const forms = c >= 48 && c <= 57 ? AFTER_DIGIT : c === 83 || c === 115 ? AFTER_S : c === 65 || c === 97 ? AFTER_A : c === 69 ? AFTER_E : undefined;
  if (!forms) return null;
  for (const form of forms) {
    form.lastIndex = start;
    const m = form.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Where a citation may start or end: symbols and special sessions ("S/", "A/", "E/", "S-"), a General
 * Assembly session ("70/"), a number before an opening parenthesis ("2331 (", "377 A (", "2359 \\(").
 * As a pattern: PREFILTER below. Every hit holds a "/", "-" or "(", so the scan looks for those three with
 * `indexOf` (native, several times faster than the pattern, which tried its alternatives at every position:
 * a third of the recogniser's time) and reads the few characters before each one by hand. It finds exactly
 * the hits the pattern finds, in the same order, with the same ends (a test compares them).
 */
export const PREFILTER = new RegExp(`[SAE][/-]|[sa]/[Rr]|\\d\\d/|\\d${SP}*(?:[A-Z]${SP}*)?\\\\?\\(`, 'g');

/**
 * PREFILTER's hits, with the regular expression's interface: `exec()` gives the start of the next hit at or
 * after `lastIndex` (-1 when there is none) and moves `lastIndex` to its end.
 */
export class CandidateScanner {
  lastIndex = 0;
  /** The next "/", "-" and "(" at or after the position last searched from; -1 when there is none. */
  private slash = -2;
  private hyphen = -2;
  private paren = -2;

  constructor(private readonly text: string) {}

  exec(): number {
    const text = this.text;
    const from = this.lastIndex;
    // Every hit starts before its first "/", "-" or "(" and holds none of them before it, so the anchors
    // are visited in order and the first one that completes a hit gives the leftmost hit.
    let at = from;
    for (;;) {
      if (this.slash !== -1 && this.slash < at) this.slash = text.indexOf('/', at);
      if (this.hyphen !== -1 && this.hyphen < at) this.hyphen = text.indexOf('-', at);
      if (this.paren !== -1 && this.paren < at) this.paren = text.indexOf('(', at);
      let anchor = this.slash;
      if (this.hyphen !== -1 && (anchor === -1 || this.hyphen < anchor)) anchor = this.hyphen;
      if (this.paren !== -1 && (anchor === -1 || this.paren < anchor)) anchor = this.paren;
      if (anchor === -1) {
        this.lastIndex = 0;
        return -1;
      }
      at = anchor + 1;
      const c = text.charCodeAt(anchor);
      if (c === SLASH) {
        // "70/" (two digits), then "S/", "A/", "E/", then "s/R", "a/r".
        if (anchor - 2 >= from && isDigit(text.charCodeAt(anchor - 2)) && isDigit(text.charCodeAt(anchor - 1))) return this.hit(anchor - 2, anchor + 1);
        if (anchor - 1 >= from) {
          const before = text.charCodeAt(anchor - 1);
          if (before === LETTER_S || before === LETTER_A || before === LETTER_E) return this.hit(anchor - 1, anchor + 1);
          const after = text.charCodeAt(anchor + 1);
          if ((before === 115 || before === 97) && (after === 82 || after === 114)) return this.hit(anchor - 1, anchor + 2);
        }
      } else if (c === HYPHEN) {
        // "S-", "A-", "E-"
        if (anchor - 1 >= from) {
          const before = text.charCodeAt(anchor - 1);
          if (before === LETTER_S || before === LETTER_A || before === LETTER_E) return this.hit(anchor - 1, anchor + 1);
        }
      } else {
        // A digit, spaces, an optional capital letter and spaces, an optional backslash, then "(".
        let j = anchor - 1;
        if (j >= from && text.charCodeAt(j) === BACKSLASH) j--;
        while (j >= from && isPrefilterSpace(text.charCodeAt(j))) j--;
        if (j >= from) {
          const letter = text.charCodeAt(j);
          if (letter >= 65 && letter <= 90) {
            j--;
            while (j >= from && isPrefilterSpace(text.charCodeAt(j))) j--;
          }
        }
        if (j >= from && isDigit(text.charCodeAt(j))) return this.hit(j, anchor + 1);
      }
    }
  }

  private hit(start: number, end: number): number {
    this.lastIndex = end;
    return start;
  }
}

function isPrefilterSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** Words before a number that make it something other than a citation: "Article 2 (4)", "No. 182 (1999)". */
const NOT_A_CITATION_WORD =
  /^(?:articles?|art\.|paragraphs?|paragraphes?|p[áa]rrafos?|para\.|subparagraphs?|alin[ée]as?|incisos?|no\.?|nos\.?|n[°º]|n\.[°º]|num[ée]ro|n[úu]mero|number|rules?|r[èe]gles?|reglas?|chapters?|chapitres?|cap[íi]tulos?|protocols?|protocoles?|protocolos?|conventions?|convenios?|convenci[óo]n|pages?|p\.|pp\.|principles?|principes?|principios?|annex(?:es)?|annexes?|anexos?|sections?|secci[óo]n|secciones|decisions?|d[ée]cisions?|decisi[óo]n|decisiones|goals?|objectifs?|objetivos?|targets?|cibles?|metas?|items?|points?|temas?|séances?|meetings?|sesi[óo]n|sesiones|phases?|fases?|lines?|lignes?|l[íi]neas?|tables?|tableaux?|cuadros?|figures?|figuras?)$/iu;

const KEYWORD_WORD = /^(?:resolutions?|r[ée]solutions?|resoluci[óo]n|resoluciones)$/i;
const DETERMINER_WORD = /^(?:its|their|the|sa|ses|leur|leurs|la|les|su|sus|las?)$/i;
const POSSESSIVES = new Set(['its', 'sa', 'ses', 'su', 'sus']);
/** Words that may stand between "paragraph 2" and "resolution": "of", "of its", "de la", "de sa". */
const LINK_WORD = /^(?:of|de|del|the|its|la|sa|su)$/i;

const BODY_NAMES =
  "security council|general assembly|human rights council|conseil de s[ée]curit[ée]|assembl[ée]e g[ée]n[ée]rale|conseil des droits de l['’]homme|consejo de seguridad|asamblea general|consejo de derechos humanos";
/** The longest body name above, plus room for "'s" and spaces: the window a body name is looked for in. */
const BODY_WINDOW = 40;

/** The last word of each body name (and the "s" of "Council's"). */
const BODY_LAST_WORDS = new Set(['council', 'assembly', 'sécurité', 'securite', 'générale', 'generale', 'homme', 'seguridad', 'general', 'humanos', 's']);

/** A body name right before "resolution": "Security Council resolution", "General Assembly's resolution". */
const BODY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<body>${BODY_NAMES})(?:['’]s)?[ \\t\\u00a0]+$`, 'iu');

const PARAGRAPH_BEFORE =
  /(?:^|[^\p{L}])(?<p>(?:paragraphs?|paragraphes?|p[áa]rrafos?)[ \t\u00a0]+\d+(?:[ \t\u00a0]*\([a-z]{1,4}\))*(?:(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(?:and|et|y|to|à|a|al)[ \t\u00a0]+)\d+(?:[ \t\u00a0]*\([a-z]{1,4}\))*)*)[ \t\u00a0]+(?:of|de|del)(?:[ \t\u00a0]+(?:the|its|la|sa|su))?[ \t\u00a0]+$/iud;
const PARAGRAPH_WINDOW = 80;

/** The body a possessive refers to: "the General Assembly in its resolution", "l'Assemblée générale dans sa". */
const OWNER_BEFORE = new RegExp(`(?<body>${BODY_NAMES})[ \\t\\u00a0]*,?[ \\t\\u00a0]*(?:in|dans|en|by|par|por)[ \\t\\u00a0]+$`, 'iu');

/** "… de l'Assemblée générale", "… of the Security Council" right after the citation. */
const BODY_AFTER = new RegExp(
  `^(?:\\]\\([^)\\s]*\\))?[ \\t\\u00a0]*(?:of the|du|de l['’]|de la|del)[ \\t\\u00a0]*(?<body>${BODY_NAMES})`,
  'iu',
);

/**
 * What may stand between two citations of one list: link ends, a date ("of 2 August 1990", "du 15
 * octobre 1999"), then a comma or "and / et / y". A citation after such a gap shares the list's body.
 */
const LIST_GAP =
  /^(?:\]\([^)\s]*\))?(?:[ \t\u00a0]+(?:of|du|del?|en date du|dated)[ \t\u00a0]+\d{1,2}(?:er|st|nd|rd|th)?[ \t\u00a0]+(?:de[ \t\u00a0]+)?\p{L}+[ \t\u00a0]+(?:de[ \t\u00a0]+)?\d{4})?[ \t\u00a0]*(?:,[ \t\u00a0]*(?:(?:and|et|y|as well as|ainsi que)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|et|y|as well as|ainsi que)[ \t\u00a0]+)\[?$/iu;

const AFTER_WINDOW = 60;
const GAP_WINDOW = 120;

function bodyFromName(name: string): CitedBody {
  const n = name.toLowerCase();
  if (n.startsWith('security') || n.startsWith('conseil de s') || n.startsWith('consejo de s')) return 'security-council';
  if (n.includes('rights') || n.includes('droits') || n.includes('derechos')) return 'human-rights-council';
  return 'general-assembly';
}

function organBody(body: Body | undefined): CitedBody | undefined {
  return body === 'security-council' || body === 'general-assembly' || body === 'human-rights-council' ? body : undefined;
}

const NO_CONTEXT: Context = { body: undefined, keyword: undefined, paragraph: undefined };

interface Context {
  body: CitedBody | undefined;
  keyword: Span | undefined;
  paragraph: { text: string; span: Span } | undefined;
}

export function recogniseCitations(model: ResolutionModel): Citation[] {
  const { text } = model;
  const headingEnd = model.heading?.end ?? -1;
  const ownBody = organBody(model.organ?.body);
  const citations: Citation[] = [];
  let previous: Citation | undefined;
  let previousBodyStated = false;

  // Candidates come in document order, so a cursor over the line starts finds each one's line in
  // amortised constant time (searching back for a line break would be quadratic on long lines).
  const lineStarts = model.lineStarts;
  let line = 0;
  /** The start of the line holding `offset`, to keep the look-behind windows on one line. */
  const lineStartBefore = (offset: number): number => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    while (line > 0 && lineStarts[line]! > offset) line--;
    return lineStarts[line]!;
  };

  /**
   * The word that ends right before `end` on its line, skipping spaces, emphasis markers and a link's
   * opening bracket: "resolution" before "[2359 \\(2017\\)](#)", "No." before "182 (1999)".
   */
  const wordBefore = (end: number, lineStart: number): Span | undefined => {
    let i = end;
    while (i > lineStart && isSkippable(text.charCodeAt(i - 1))) i--;
    const wordEnd = i;
    while (i > lineStart && isWordPart(text.charCodeAt(i - 1))) i--;
    return i < wordEnd ? { start: i, end: wordEnd } : undefined;
  };

  const contextBefore = (start: number): Context => {
    const lineStart = lineStartBefore(start);
    const kw = wordBefore(start, lineStart);
    if (!kw || !KEYWORD_WORD.test(text.slice(kw.start, kw.end))) return NO_CONTEXT;
    let head = kw.start;
    let det: string | undefined;
    const detWord = wordBefore(kw.start, lineStart);
    if (detWord && DETERMINER_WORD.test(text.slice(detWord.start, detWord.end))) {
      det = text.slice(detWord.start, detWord.end).toLowerCase();
      head = detWord.start;
    }
    let body: CitedBody | undefined;
    // The body-name expression runs only when the word before could end one ("Council", "générale", …).
    const last = wordBefore(head, lineStart);
    const mayBeBody = last !== undefined && BODY_LAST_WORDS.has(text.slice(last.start, last.end).toLowerCase());
    const bodyMatch = mayBeBody ? BODY_BEFORE.exec(text.slice(Math.max(lineStart, head - BODY_WINDOW), head)) : null;
    if (bodyMatch?.groups?.body) {
      body = bodyFromName(bodyMatch.groups.body);
      head -= bodyMatch[0].length - (/^[^\p{L}]/u.test(bodyMatch[0]) ? 1 : 0);
    } else if (det && POSSESSIVES.has(det)) {
      // "its resolution" is the document's own organ, unless another body owns it: "l'Assemblée générale
      // dans sa résolution 1514 (XV)".
      const owner = OWNER_BEFORE.exec(text.slice(Math.max(lineStart, head - BODY_WINDOW - 8), head));
      body = owner?.groups?.body ? bodyFromName(owner.groups.body) : ownBody;
    }
    let paragraph: Context['paragraph'];
    const link = wordBefore(head, lineStart);
    if (link && LINK_WORD.test(text.slice(link.start, link.end))) {
      const from = Math.max(lineStart, head - PARAGRAPH_WINDOW);
      const p = PARAGRAPH_BEFORE.exec(text.slice(from, head));
      const indices = p?.indices?.groups?.p;
      if (indices) paragraph = { text: text.slice(from + indices[0], from + indices[1]), span: { start: from + indices[0], end: from + indices[1] } };
    }
    return { body, keyword: kw, paragraph };
  };

  const excluded = (start: number): boolean => {
    const word = wordBefore(start, lineStartBefore(start));
    return word !== undefined && NOT_A_CITATION_WORD.test(text.slice(word.start, word.end));
  };

  const bodyAfter = (end: number): CitedBody | undefined => {
    const m = BODY_AFTER.exec(text.slice(end, end + AFTER_WINDOW));
    return m?.groups?.body ? bodyFromName(m.groups.body) : undefined;
  };

  /** The body a list carries over: "General Assembly resolutions 2625 (XXV) and 1514 (1960)". */
  const listBody = (start: number): CitedBody | undefined => {
    if (!previous || !previousBodyStated || start - previous.end > GAP_WINDOW) return undefined;
    return LIST_GAP.test(text.slice(previous.end, start)) ? previous.body : undefined;
  };

  /**
   * Every citation object is built here with the same properties in the same order: one object shape
   * keeps property access fast in the rules and features (spreading optional fields made a dozen shapes).
   */
  const emit = (start: number, end: number, f: Fields, context: Context, bodyStated: boolean): Citation => ({
    start,
    end,
    kind: f.kind,
    body: f.body,
    form: f.form,
    raw: text.slice(start, end),
    number: f.number,
    year: f.year,
    session: f.session,
    part: f.part,
    symbol: f.symbol,
    standard: f.standard,
    bodyStated,
    keyword: context.keyword,
    paragraph: context.paragraph,
    inHeading: start < headingEnd,
    parts: f.parts,
  });

  let consumed = 0;
  const candidates = new CandidateScanner(text);
  for (let hit = candidates.exec(); hit !== -1; hit = candidates.exec()) {
    // Back up from the hit to where the citation would start: the first digit of the number, or the
    // "E" of "ES-11/1".
    let start = hit;
    const first = text.charCodeAt(start);
    if (isDigit(first)) {
      while (start > consumed && isDigit(text.charCodeAt(start - 1))) start--;
    } else if (first === LETTER_S && start > consumed && text.charCodeAt(start - 1) === LETTER_E && text.charCodeAt(start + 1) === HYPHEN) {
      start--;
    }
    const paren = matchNumberParen(text, start);
    const m = paren ? null : matchAt(text, start);
    if (!paren && !m) continue;
    const g: Partial<Record<string, string>> = m?.groups ?? NO_GROUPS;
    const end = paren ? paren.end : start + m![0].length;
    // Checked here rather than by a look-behind in the pattern, which would be tested at every position.
    const prev = start > 0 ? text.charCodeAt(start - 1) : SPACE;
    if (isAsciiWord(prev) || prev === SLASH || prev === BACKSLASH || prev === HYPHEN || (prev === DOT && (paren !== undefined || g.gas !== undefined))) {
      let next = start + 1;
      while (next < text.length && isAsciiWord(text.charCodeAt(next))) next++;
      candidates.lastIndex = Math.max(candidates.lastIndex, next);
      continue;
    }
    let citation: Citation | undefined;
    let stated = false;

    if (g.scsym !== undefined) {
      const number = Number(g.scsymnum);
      const numberStart = start + g.scsym.length;
      const numberEnd = numberStart + g.scsymnum!.length;
      let year: number | undefined;
      const parts = partsOf({ start: numberStart, end: numberEnd });
      parts.prefix = { start, end: numberStart };
      if (g.scsyminner !== undefined) {
        const gapEnd = numberEnd + g.scsymgap!.length;
        const innerStart = gapEnd + g.scsymopen!.length;
        const innerEnd = innerStart + g.scsyminner.length;
        parts.gap = { start: numberEnd, end: gapEnd };
        parts.open = { start: gapEnd, end: innerStart };
        parts.inner = { start: innerStart, end: innerEnd };
        parts.close = { start: innerEnd, end };
        if (isDigit(g.scsyminner.charCodeAt(0))) year = Number(g.scsyminner);
      }
      stated = true;
      citation = emit(start, end, {
        kind: 'resolution',
        body: 'security-council',
        form: 'symbol',
        number,
        year,
        session: undefined,
        part: undefined,
        symbol: year !== undefined ? `S/RES/${number}(${year})` : `S/RES/${number}`,
        standard: year !== undefined ? `S/RES/${number} (${year})` : `S/RES/${number}`,
        parts,
      }, NO_CONTEXT, stated);
    } else if (g.garsym !== undefined) {
      const session = parseRoman(g.garinner!);
      if (session === undefined || session > GA_LAST_ROMAN_SESSION) {
        candidates.lastIndex = Math.max(candidates.lastIndex, start + g.garsym.length);
        continue;
      }
      const number = Number(g.garnum);
      const numberStart = start + g.garsym.length;
      const innerEnd = m![0].endsWith('\\)') ? end - 2 : end - 1;
      const parts = partsOf({ start: numberStart, end: numberStart + g.garnum!.length });
      parts.prefix = { start, end: numberStart };
      parts.inner = { start: innerEnd - g.garinner!.length, end: innerEnd };
      stated = true;
      citation = emit(start, end, {
        kind: 'resolution',
        body: 'general-assembly',
        form: 'symbol',
        number,
        year: undefined,
        session: { kind: 'regular', number: session },
        part: undefined,
        symbol: `A/RES/${number}(${g.garinner})`,
        standard: `A/RES/${number} (${g.garinner})`,
        parts,
      }, NO_CONTEXT, stated);
    } else if (g.sym !== undefined) {
      // A sentence may end right after a symbol: "S/2017/939." The dot is not part of it.
      const symbol = g.sym.replace(/[.-]+$/, '');
      if (!/\d/.test(symbol)) {
        candidates.lastIndex = Math.max(candidates.lastIndex, end);
        continue;
      }
      citation = emit(start, start + symbol.length, classifySymbol(symbol, start), NO_CONTEXT, false);
    } else if (g.spk !== undefined) {
      const kind: SessionKind = g.spk === 'ES' ? 'emergency' : 'special';
      const session = Number(g.sps);
      const number = Number(g.spn);
      const context = contextBefore(start);
      const label = `${g.spk}-${session}/${number}`;
      stated = context.body !== undefined;
      citation = emit(start, end, {
        kind: 'resolution',
        body: 'general-assembly',
        form: 'session-number',
        number,
        year: undefined,
        session: { kind, number: session },
        part: undefined,
        symbol: `A/RES/${label}`,
        standard: label,
        parts: partsOf({ start, end }),
      }, context, stated);
    } else if (paren) {
      // "resolution" before the number settles it; only other words are checked against the exclusions.
      const { numberEnd, gapStart, gapEnd, innerStart, innerEnd } = paren;
      const context = contextBefore(start);
      if (!context.keyword && excluded(start)) {
        candidates.lastIndex = Math.max(candidates.lastIndex, numberEnd);
        continue;
      }
      const number = digitsValue(text, start, numberEnd);
      const part = paren.partStart === -1 ? undefined : text[paren.partStart]!;
      const partStart = part !== undefined ? paren.partStart : numberEnd;
      const parts = partsOf({ start, end: numberEnd });
      if (part !== undefined) {
        parts.part = { start: partStart, end: partStart + 1 };
        parts.partGap = { start: numberEnd, end: partStart };
      }
      parts.gap = { start: gapStart, end: gapEnd };
      parts.open = { start: gapEnd, end: innerStart };
      parts.inner = { start: innerStart, end: innerEnd };
      parts.close = { start: innerEnd, end };
      const statedBody = context.body ?? bodyAfter(end) ?? listBody(start);
      stated = statedBody !== undefined;
      const partText = part !== undefined ? ` ${part}` : '';
      if (isDigit(text.charCodeAt(innerStart))) {
        const year = digitsValue(text, innerStart, innerEnd);
        // A year in parentheses: a Security Council resolution, unless the text names another body.
        const body = statedBody ?? 'security-council';
        citation = emit(start, end, {
          kind: 'resolution',
          body,
          form: 'number-year',
          number,
          year,
          session: undefined,
          part,
          symbol: body === 'security-council' ? `S/RES/${number}(${year})` : undefined,
          standard: `${number}${partText} (${year})`,
          parts,
        }, context, stated);
      } else {
        const inner = text.slice(innerStart, innerEnd);
        const session = parseRoman(inner);
        if (session === undefined || session > GA_LAST_ROMAN_SESSION) {
          candidates.lastIndex = Math.max(candidates.lastIndex, numberEnd);
          continue;
        }
        // A Roman session in parentheses: a General Assembly resolution of sessions I–XXX.
        const body = statedBody ?? 'general-assembly';
        citation = emit(start, end, {
          kind: 'resolution',
          body,
          form: 'number-session',
          number,
          year: undefined,
          session: { kind: 'regular', number: session },
          part,
          symbol: body === 'general-assembly' ? `A/RES/${number}(${inner})` : undefined,
          standard: `${number}${partText} (${inner})`,
          parts,
        }, context, stated);
      }
    } else if (g.gas !== undefined) {
      const session = Number(g.gas);
      // Sessions 1–30 wrote "2625 (XXV)"; "12/05" is a date or a fraction, not a resolution.
      if (session <= GA_LAST_ROMAN_SESSION || excluded(start)) {
        candidates.lastIndex = Math.max(candidates.lastIndex, start + g.gas.length + 1);
        continue;
      }
      const number = Number(g.gan);
      const numberEnd = start + g.gas.length + 1 + g.gan!.length;
      const context = contextBefore(start);
      const statedBody = context.body ?? listBody(start);
      stated = statedBody !== undefined;
      const body: CitedBody = statedBody === 'human-rights-council' ? 'human-rights-council' : 'general-assembly';
      const part = g.gapart;
      const parts = partsOf({ start, end: numberEnd });
      if (part !== undefined) {
        const partStart = numberEnd + (g.gapartgap?.length ?? 0);
        parts.part = { start: partStart, end: partStart + 1 };
        parts.partGap = { start: numberEnd, end: partStart };
      }
      const base = `${session}/${number}`;
      citation = emit(start, end, {
        kind: 'resolution',
        body,
        form: 'session-number',
        number,
        year: undefined,
        session: body === 'general-assembly' ? { kind: 'regular', number: session } : undefined,
        part,
        symbol: body === 'human-rights-council' ? `A/HRC/RES/${base}` : `A/RES/${base}`,
        standard: part !== undefined ? `${base} ${part}` : base,
        parts,
      }, context, stated);
    }
    if (!citation) continue;
    consumed = citation.end;
    candidates.lastIndex = Math.max(candidates.lastIndex, citation.end);
    citations.push(citation);
    previous = citation;
    previousBodyStated = stated;
  }
  return citations;
}

/** The fields of a citation that depend on its form; the recogniser adds the rest. */
type Fields = Pick<Citation, 'kind' | 'body' | 'form' | 'number' | 'year' | 'session' | 'part' | 'symbol' | 'standard'> & {
  readonly parts: CitationParts;
};

/** Parts with every property present (one object shape), the optional ones filled in by the caller. */
function partsOf(number: Span): Mutable<CitationParts> {
  return { number, part: undefined, partGap: undefined, gap: undefined, inner: undefined, open: undefined, close: undefined, prefix: undefined };
}

/** The value of the ASCII digits text[start, end): Number() of a matched group, without reading the group. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const SPACE = 32;
const SLASH = 47;
const BACKSLASH = 92;
const HYPHEN = 45;
const DOT = 46;
const LETTER_E = 69;
const LETTER_S = 83;
const LETTER_A = 65;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
/** What a pattern's groups read when the form was matched by hand: every group absent. */
const NO_GROUPS: Partial<Record<string, string>> = Object.freeze({});

/** Spaces, emphasis markers and a link's opening bracket, skipped when looking for the word before. */
function isSkippable(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 42 || c === 95 || c === 91;
}

/** Letters (any script), and the dot and degree signs of abbreviations such as "No." and "n°". */
function isWordPart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 0xb0 || c === 0xba || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads what a document symbol names: a resolution, a presidential statement, a dated document. */
function classifySymbol(symbol: string, start: number): Fields {
  const end = start + symbol.length;
  const upper = symbol.toUpperCase();
  const parts = partsOf({ start, end });
  let m = /^A\/RES\/([1-9]\d{1,2})\/([1-9]\d{0,3})$/.exec(upper) ?? /^A\/RES\/(ES|S)-([1-9]\d?)\/([1-9]\d{0,3})$/.exec(upper);
  if (m) {
    parts.prefix = { start, end: start + 'A/RES/'.length };
    const special = m.length === 4;
    const session: GaSession = special ? { kind: m[1] === 'ES' ? 'emergency' : 'special', number: Number(m[2]) } : { kind: 'regular', number: Number(m[1]) };
    return { kind: 'resolution', body: 'general-assembly', form: 'symbol', number: Number(special ? m[3] : m[2]), year: undefined, session, part: undefined, symbol: upper, standard: upper, parts };
  }
  m = /^S\/PRST\/(\d{4})\/([1-9]\d{0,3})$/.exec(upper);
  if (m) {
    parts.prefix = { start, end: start + 'S/PRST/'.length };
    return { kind: 'presidential-statement', body: 'security-council', form: 'symbol', number: Number(m[2]), year: Number(m[1]), session: undefined, part: undefined, symbol: upper, standard: upper, parts };
  }
  // Other documents keep their symbol as written (series such as "S/Agenda/8979" are mixed case).
  const dated = /^S\/(\d{4})\/\d/.exec(upper);
  const year = dated && Number(dated[1]) >= 1946 ? Number(dated[1]) : undefined;
  const assembly = /^A\/([1-9]\d{1,2})\//.exec(upper);
  const session: GaSession | undefined = assembly ? { kind: 'regular', number: Number(assembly[1]) } : undefined;
  const body: CitedBody = upper.startsWith('S/') ? 'security-council' : upper.startsWith('A/HRC/') ? 'human-rights-council' : upper.startsWith('A/') ? 'general-assembly' : 'unknown';
  return { kind: 'document', body, form: 'symbol', number: undefined, year, session, part: undefined, symbol, standard: symbol, parts };
}
