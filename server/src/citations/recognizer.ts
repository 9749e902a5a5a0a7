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
/** 2331 (2016), 2625 (XXV), 377 A (V), [2359 \\(2017\\)](#), 1514(XV) */
const NUMBER_PAREN = sticky(`(?<num>[1-9]\\d{0,3})(?:(?<partgap>${SP}*)(?<part>[A-Z])(?!\\w))?(?<gap>${SP}*)(?<open>\\\\?\\(${SP}*)(?<inner>\\d{4}|[IVXL]{1,6})(?<close>${SP}*\\\\?\\))`);
/** 70/1, 31/16 A */
const SESSION_NUMBER = sticky(`(?<gas>[1-9]\\d{1,2})/(?<gan>[1-9]\\d{0,3})(?:(?<gapartgap>${SP}?)(?<gapart>[A-Z])(?!\\w))?(?![\\w/])`);

const AFTER_DIGIT = [NUMBER_PAREN, SESSION_NUMBER];
const AFTER_S = [SC_SYMBOL, SYMBOL, SPECIAL_SESSION];
const AFTER_A = [GA_ROMAN_SYMBOL, SYMBOL];
const AFTER_E = [SYMBOL, SPECIAL_SESSION];

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
 * One simple pattern scans the text several times faster than the full alternatives would.
 */
const PREFILTER = new RegExp(`[SAE][/-]|[sa]/[Rr]|\\d\\d/|\\d${SP}*(?:[A-Z]${SP}*)?\\\\?\\(`, 'g');

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
  PREFILTER.lastIndex = 0;
  for (let hit = PREFILTER.exec(text); hit; hit = PREFILTER.exec(text)) {
    // Back up from the hit to where the citation would start: the first digit of the number, or the
    // "E" of "ES-11/1".
    let start = hit.index;
    const first = text.charCodeAt(start);
    if (isDigit(first)) {
      while (start > consumed && isDigit(text.charCodeAt(start - 1))) start--;
    } else if (first === LETTER_S && start > consumed && text.charCodeAt(start - 1) === LETTER_E && text.charCodeAt(start + 1) === HYPHEN) {
      start--;
    }
    const m = matchAt(text, start);
    if (!m) continue;
    const g = m.groups!;
    const end = start + m[0].length;
    // Checked here rather than by a look-behind in the pattern, which would be tested at every position.
    const prev = start > 0 ? text.charCodeAt(start - 1) : SPACE;
    if (isAsciiWord(prev) || prev === SLASH || prev === BACKSLASH || prev === HYPHEN || (prev === DOT && (g.num !== undefined || g.gas !== undefined))) {
      let next = start + 1;
      while (next < text.length && isAsciiWord(text.charCodeAt(next))) next++;
      PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, next);
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
        PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, start + g.garsym.length);
        continue;
      }
      const number = Number(g.garnum);
      const numberStart = start + g.garsym.length;
      const innerEnd = m[0].endsWith('\\)') ? end - 2 : end - 1;
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
        PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, end);
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
    } else if (g.num !== undefined) {
      // "resolution" before the number settles it; only other words are checked against the exclusions.
      const context = contextBefore(start);
      if (!context.keyword && excluded(start)) {
        PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, start + g.num.length);
        continue;
      }
      const number = Number(g.num);
      const numberEnd = start + g.num.length;
      const part = g.part;
      const partStart = numberEnd + (g.partgap?.length ?? 0);
      const gapStart = part !== undefined ? partStart + 1 : numberEnd;
      const gapEnd = gapStart + g.gap!.length;
      const innerStart = gapEnd + g.open!.length;
      const innerEnd = innerStart + g.inner!.length;
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
      if (isDigit(g.inner!.charCodeAt(0))) {
        const year = Number(g.inner);
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
        const session = parseRoman(g.inner!);
        if (session === undefined || session > GA_LAST_ROMAN_SESSION) {
          PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, numberEnd);
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
          symbol: body === 'general-assembly' ? `A/RES/${number}(${g.inner})` : undefined,
          standard: `${number}${partText} (${g.inner})`,
          parts,
        }, context, stated);
      }
    } else if (g.gas !== undefined) {
      const session = Number(g.gas);
      // Sessions 1–30 wrote "2625 (XXV)"; "12/05" is a date or a fraction, not a resolution.
      if (session <= GA_LAST_ROMAN_SESSION || excluded(start)) {
        PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, start + g.gas.length + 1);
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
    PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, citation.end);
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
