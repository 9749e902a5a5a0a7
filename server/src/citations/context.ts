import type { Span } from '../model/types';
import { LONGEST_NAME, type Mention, mentionEndingAt, mentionsIn, mentionStartingAt } from './mentions';
import { ORGAN_NAMES, ORGANIZATION_WORDS, OTHER_BODY_WORDS, SHORT_NAMES } from './organs';
import { isSkippable, isSpace, isWordPart, SP, sticky } from './scan';
import type { CitedBody } from './types';
import { WordSet } from './words';

/**
 * The words around a citation, read with short anchored checks (never a scan of the whole text): the word
 * "resolution" or "decision" before it, the organ named before that word or between it and the number
 * ("Security Council resolution", "les résolutions du Conseil des droits de l’homme 20/15"), a possessive
 * and the organ it refers to ("the Human Rights Council in its resolution 17/4"), "paragraph 2 of", the
 * organ named after the citation ("la résolution 21/11 du Conseil des droits de l’homme"), and what joins two
 * citations of one list.
 */

export type CitedTextKind = 'resolution' | 'decision';

/** What the words before a citation say. */
export interface Statement {
  /** The word "resolution", "résolution", "decisión"…, when it stands before the number. */
  readonly keyword: Span | undefined;
  readonly kind: CitedTextKind;
  /** The organs named with the keyword: right before it, or between it and the number. */
  readonly named: readonly CitedBody[] | undefined;
  /** "its resolution", "sa résolution", "su resolución". */
  readonly possessive: boolean;
  readonly paragraph: { readonly text: string; readonly span: Span } | undefined;
  /** Where the words start: the organ named before the keyword, the keyword, or the number. */
  readonly head: number;
  /** The last organ the clause names before the words, read on first need (null: none). */
  clause: Mention | null | undefined;
}

const KEYWORD_WORDS: readonly (readonly [string, CitedTextKind])[] = [
  ...['resolution', 'resolutions', 'résolution', 'résolutions', 'resolución', 'resoluciones'].map((w) => [w, 'resolution'] as const),
  ...['decision', 'decisions', 'décision', 'décisions', 'decisión', 'decisiones'].map((w) => [w, 'decision'] as const),
];
const KEYWORDS = new WordSet<CitedTextKind>(KEYWORD_WORDS);

/** Determiners before a keyword: possessives ("its resolution") and articles. */
const POSSESSIVE_WORDS = ['its', 'their', 'sa', 'ses', 'leur', 'leurs', 'su', 'sus'];
const ARTICLE_WORDS = ['the', 'la', 'les', 'las', 'los'];
/**
 * Words before a possessive that let it refer to an organ named earlier: "the Council in its resolution",
 * "the Security Council … non-compliance with its resolutions". "Of" and "de" are so common after the
 * text's own organ ("the implementation of its resolutions") that they tie a possessive to another organ
 * only when the text's own organ cannot have adopted the cited text.
 */
const PREPOSITIONS = new WordSet<'strong' | 'weak'>([
  ...['in', 'by', 'with', 'under', 'through', 'dans', 'par', 'avec', 'en', 'por', 'mediante', 'con'].map((w) => [w, 'strong'] as const),
  ...['of', 'de', 'del'].map((w) => [w, 'weak'] as const),
]);
/** Words that may stand between "paragraph 2" and "resolution": "of", "of its", "de la", "de sa". */
const LINK_WORDS = ['of', 'de', 'del', 'the', 'its', 'la', 'sa', 'su'];
const AND_WORDS = WordSet.of(['and', 'et', 'y']);

/** The last word of every name the mentions read: only after one of them can an organ be named. */
const NAME_LAST_WORD_LIST = [
  ...ORGAN_NAMES.flatMap((o) => o.names.map((n) => lastWord(n))),
  ...SHORT_NAMES.flatMap((s) => s.words),
  ...OTHER_BODY_WORDS,
  // "the General Assembly's resolution"
  's',
];

/**
 * What the word right before a keyword is, as bits: one lookup answers the three questions before() asks
 * of it (a determiner, possessive or not; the last word of a name; a word of "paragraph 2 of").
 */
const DETERMINER = 1;
const POSSESSIVE = 2;
const NAME_END = 4;
const LINK = 8;
const ROLES = wordRoles([
  [POSSESSIVE_WORDS, DETERMINER | POSSESSIVE],
  [ARTICLE_WORDS, DETERMINER],
  [NAME_LAST_WORD_LIST, NAME_END],
  [LINK_WORDS, LINK],
]);

function wordRoles(groups: readonly (readonly [readonly string[], number])[]): WordSet<number> {
  const roles = new Map<string, number>();
  for (const [words, bits] of groups) {
    for (const word of words) roles.set(word.toLowerCase(), (roles.get(word.toLowerCase()) ?? 0) | bits);
  }
  return new WordSet(roles);
}

/** "the UN resolution", "la résolution des Nations Unies": the Organization, no other body. */
const ORGANIZATION = WordSet.of(ORGANIZATION_WORDS);

/** The last word of a name as wordBefore reads it: "homme" in "Conseil des droits de l’homme". */
function lastWord(name: string): string {
  return name.slice(Math.max(name.lastIndexOf(' '), name.lastIndexOf('’')) + 1).toLowerCase();
}

/** Words before a number that make it something other than a citation: "Article 2 (4)", "No. 182 (1999)". */
const NOT_A_CITATION_WORD =
  /^(?:articles?|art\.|paragraphs?|paragraphes?|p[áa]rrafos?|para\.|subparagraphs?|alin[ée]as?|incisos?|no\.?|nos\.?|n[°º]|n\.[°º]|n[úu]m\.?|n[úu]ms\.?|num[ée]ro|n[úu]mero|number|rules?|r[èe]gles?|reglas?|chapters?|chapitres?|cap[íi]tulos?|protocols?|protocoles?|protocolos?|conventions?|convenios?|convenci[óo]n|pages?|p\.|pp\.|principles?|principes?|principios?|annex(?:es)?|annexes?|anexos?|sections?|secci[óo]n|secciones|goals?|objectifs?|objetivos?|targets?|cibles?|metas?|items?|points?|temas?|séances?|meetings?|sesi[óo]n|sesiones|phases?|fases?|lines?|lignes?|l[íi]neas?|tables?|tableaux?|cuadros?|figures?|figuras?|horizon|agenda|vision)$/iu;

const PARAGRAPH_BEFORE =
  /(?:^|[^\p{L}])(?<p>(?:paragraphs?|paragraphes?|p[áa]rrafos?)[ \t\u00a0]+\d+(?:[ \t\u00a0]*\([a-z]{1,4}\))*(?:(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(?:and|et|y|to|à|a|al)[ \t\u00a0]+)\d+(?:[ \t\u00a0]*\([a-z]{1,4}\))*)*)[ \t\u00a0]+(?:of|de|del)(?:[ \t\u00a0]+(?:the|its|la|sa|su))?[ \t\u00a0]+$/iud;
const PARAGRAPH_WINDOW = 80;

/** "of the", "du", "de la", "del" between a keyword and the organ after it, or a citation and its organ. */
const OF = `(?:of(?:${SP}+the)?|du|des|de${SP}+la|de${SP}+l['’]|del|de)`;
const KEYWORD_OF = new RegExp(`(?<![\\p{L}])(${KEYWORD_WORDS.map(([w]) => w).join('|')})${SP}+${OF}${SP}*$`, 'iu');
const KEYWORD_OF_WINDOW = 30;
/** After a citation: its link, a footnote marker, then "of the" and the organ. */
const AFTER = sticky(`(?:\\]\\([^)\\s]*(?:\\([^)\\s]*\\)[^)\\s]*)*\\))?(?:\\[\\^[\\w-]+\\])?,?${SP}*${OF}${SP}*`);

const NOTE = '\\[\\^[\\w-]+\\]';
const LINK_END = '\\]\\([^)\\s]*(?:\\([^)\\s]*\\)[^)\\s]*)*\\)';
const DATE = `(?:of|du|del?|en${SP}+date${SP}+du|dated|de${SP}+fecha)${SP}+\\d{1,2}(?:\\^?(?:er|st|nd|rd|th))?${SP}+(?:de${SP}+)?\\p{L}+${SP}+(?:de${SP}+)?\\d{4}`;
const JOIN = '(?:and|et|y|e|as well as|ainsi que|así como)';
/**
 * What may stand between two citations of one list: its link, a footnote marker, a date ("of 28 March
 * 2008,", ", de 1 de marzo de 2012"), part letters ("55/5 B and C of …"), then a comma or "and". A citation
 * after such a gap shares what the list's first words say.
 */
const LIST_GAP = new RegExp(`^(?:${LINK_END})?(?:${SP}|,|${NOTE}|${DATE}|(?<![\\p{L}])(?:${JOIN}|[A-Z]|to|à|a)(?![\\p{L}]))*\\[?$`, 'u');
const LIST_JOIN = new RegExp(`,|(?<![\\p{L}])${JOIN}(?![\\p{L}])`, 'u');
const GAP_WINDOW = 160;
const LOOSE_GAP_WINDOW = 300;
const LOOSE_END = new RegExp(`(?:,|(?<![\\p{L}])${JOIN})(?:${SP}|${NOTE})*\\[?$`, 'u');
/** A clause ends at a semicolon or a line break; "resolution" or "decision" starts new words about the organ. */
const LOOSE_BREAK = new RegExp(`[;\\n\\r]|(?<![\\p{L}])(?:${KEYWORD_WORDS.map(([w]) => w).join('|')})(?![\\p{L}])`, 'iu');

/** How far before a citation the clause that names its organ may start: a paragraph is most often one clause. */
const CLAUSE_WINDOW = 2000;
/**
 * The words every name of a council or an assembly holds ("Council", "Conseil", "Consejo", "Assembly",
 * "Assemblée", "Asamblea": the short names), searched natively (none holds the capital of another, so no
 * two overlap).
 */
const NAME_WORD_LIST = SHORT_NAMES.flatMap((s) => s.words);
const NAME_WORDS = new RegExp(NAME_WORD_LIST.join('|'), 'g');
const LONGEST_NAME_WORD = Math.max(...NAME_WORD_LIST.map((w) => w.length));

/**
 * The word before a position and what stands between (isWordPart, isSkippable), as a look-behind: the
 * engine reads it backwards natively, where a loop in JavaScript costs a call per character in the
 * baseline tier. Neither class holds a line break, so the word never reaches back past its line.
 */
const WORD_BEFORE = /(?<=([A-Za-z.\u00b0\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff]*)([ \t\u00a0\u202f*_[]*))/y;

/** What the words name when they name a body that is none of ours. */
const ANOTHER_BODY: readonly CitedBody[] = ['unknown'];

const COMMA = 44;
const DOT = 46;

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export const NO_STATEMENT: Statement = Object.freeze({ keyword: undefined, kind: 'resolution', named: undefined, possessive: false, paragraph: undefined, head: -1, clause: undefined });

export class ContextReader {
  private line = 0;
  /** The mention around each name word looked at (null: none), so that each is read once. */
  private readonly around = new Map<number, Mention | null>();

  constructor(
    private readonly text: string,
    private readonly lineStarts: readonly number[],
  ) {}

  /**
   * The start of the line holding `offset`, to keep the look-behind windows on one line. Citations come in
   * document order, so a cursor over the line starts finds each one in amortised constant time.
   */
  lineStartBefore(offset: number): number {
    const starts = this.lineStarts;
    let line = this.line;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    while (line > 0 && starts[line]! > offset) line--;
    this.line = line;
    return starts[line]!;
  }

  /**
   * The word that ends right before `end` on its line, skipping spaces, emphasis markers and a link's
   * opening bracket: "resolution" before "[2359 \\(2017\\)](#)", "No." before "182 (1999)".
   */
  wordBefore(end: number, lineStart: number): Span | undefined {
    if (end <= lineStart) return undefined;
    WORD_BEFORE.lastIndex = end;
    const m = WORD_BEFORE.exec(this.text)!;
    const wordLength = m[1]!.length;
    if (wordLength === 0) return undefined;
    const wordEnd = end - m[2]!.length;
    return { start: wordEnd - wordLength, end: wordEnd };
  }

  /** What the words before the number at `start` say: keyword, organ, possessive, "paragraph 2 of". */
  before(start: number): Statement {
    const lineStart = this.lineStartBefore(start);
    const word = this.wordBefore(start, lineStart);
    if (!word) return NO_STATEMENT;
    let keyword: Span | undefined;
    let named: readonly CitedBody[] | undefined;
    let kind = KEYWORDS.at(this.text, word);
    if (kind) {
      keyword = word;
    } else if (this.rolesOf(word) & NAME_END) {
      // "les résolutions du Conseil des droits de l’homme 20/15": the organ between keyword and number.
      const mention = mentionEndingAt(this.text, word.end, lineStart);
      const from = mention ? Math.max(lineStart, mention.start - KEYWORD_OF_WINDOW) : -1;
      const m = mention ? KEYWORD_OF.exec(this.text.slice(from, mention.start)) : null;
      if (m) {
        keyword = { start: from + m.index, end: from + m.index + m[1]!.length };
        kind = KEYWORDS.at(this.text, keyword);
        named = mention!.bodies;
      }
    }
    if (!keyword || !kind) return NO_STATEMENT;
    let head = keyword.start;
    let before = this.wordBefore(head, lineStart);
    let roles = this.rolesOf(before);
    const determiner = (roles & DETERMINER) !== 0;
    const possessiveDet = (roles & POSSESSIVE) !== 0;
    if (determiner) {
      head = before!.start;
      before = this.wordBefore(head, lineStart);
      roles = this.rolesOf(before);
    }
    let possessive = false;
    if (!named) {
      // "Security Council resolution", "General Assembly and Security Council resolutions".
      const organ = roles & NAME_END ? this.namedBefore(head, before!, lineStart) : undefined;
      if (organ) {
        named = organ.bodies;
        head = organ.start;
        before = this.wordBefore(head, lineStart);
        roles = this.rolesOf(before);
      } else if (!determiner && this.namesAnotherBody(before, lineStart)) {
        // "Commission on the Status of Women resolution 60/2": another body's name ends right before.
        named = ANOTHER_BODY;
      } else {
        possessive = possessiveDet;
      }
    }
    const paragraph = roles & LINK ? this.paragraphBefore(head, lineStart) : undefined;
    return { keyword, kind, named, possessive, paragraph, head, clause: undefined };
  }

  /** ROLES of a word, 0 for none or no word. */
  private rolesOf(word: Span | undefined): number {
    return word === undefined ? 0 : (ROLES.get(this.text, word.start, word.end) ?? 0);
  }

  /**
   * Whether `word`, right before the keyword, ends the name of a body that is none of ours: a capitalised
   * word inside the sentence ("… Commission on Narcotic Drugs resolution 61/11"), not the paragraph's
   * leading phrase ("*Recalling* resolution 70/1") nor the end of a sentence ("… Council. Resolution …").
   */
  private namesAnotherBody(word: Span | undefined, lineStart: number): boolean {
    if (!word) return false;
    const text = this.text;
    const first = text.charCodeAt(word.start);
    if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde)) || text.charCodeAt(word.end - 1) === DOT || ORGANIZATION.at(this.text, word)) return false;
    // A word of the sentence before it: the paragraph's own words, not its label ("1.", "(a)").
    for (let w = this.wordBefore(word.start, lineStart); w; w = this.wordBefore(w.start, lineStart)) {
      for (let i = w.start; i < w.end; i++) if (isLetterCode(text.charCodeAt(i))) return true;
    }
    return false;
  }

  /** The organs named right before `head`, whose last word is `last`, one of NAME_LAST_WORD_LIST: one, or two joined by "and". */
  private namedBefore(head: number, last: Span, lineStart: number): Mention | undefined {
    const text = this.text;
    let end = last.end;
    if (text.charCodeAt(end - 1) === 115 && end - 2 >= lineStart && /['’]/.test(text[end - 2]!)) end -= 2;
    if (!/^[ \t\u00a0\u202f]+$/.test(text.slice(last.end, head))) return undefined;
    const mention = mentionEndingAt(text, end, lineStart);
    if (!mention) return undefined;
    const joined = this.wordBefore(mention.start, lineStart);
    if (AND_WORDS.at(this.text, joined)) {
      const first = mentionEndingAt(text, this.wordBefore(joined!.start, lineStart)?.end ?? -1, lineStart);
      if (first) return { start: first.start, end: mention.end, bodies: [...first.bodies, ...mention.bodies] };
    }
    return mention;
  }

  /** "paragraph 2 of" before `head`, where a word of LINK_WORDS ends. */
  private paragraphBefore(head: number, lineStart: number): Statement['paragraph'] {
    const from = Math.max(lineStart, head - PARAGRAPH_WINDOW);
    const window = this.text.slice(from, head);
    // The expression runs only where "paragraph", "paragraphe" or "párrafo" is written.
    if (!window.includes('aragraph') && !window.includes('rrafo')) return undefined;
    const p = PARAGRAPH_BEFORE.exec(window);
    const indices = p?.indices?.groups?.p;
    return indices ? { text: this.text.slice(from + indices[0], from + indices[1]), span: { start: from + indices[0], end: from + indices[1] } } : undefined;
  }

  /**
   * The organ a possessive refers to: the last one the clause names before it, when a preposition ties the
   * possessive to it ("the Human Rights Council in its resolution 17/4", "que el Consejo de Seguridad hizo
   * suyo en su resolución"); after "of" or "de" only when `ownFits` is false.
   */
  ownerOf(s: Statement, ownFits: boolean): readonly CitedBody[] | undefined {
    const tie = PREPOSITIONS.at(this.text, this.wordBefore(s.head, this.lineStartBefore(s.head)));
    return tie === 'strong' || (tie === 'weak' && !ownFits) ? this.lastMention(s)?.bodies : undefined;
  }

  /**
   * The last organ the clause names before the words of `s` (the clause ends at a semicolon); read once per
   * statement, which the citations of a list share.
   */
  lastMention(s: Statement): Mention | undefined {
    if (s.clause === undefined) {
      const head = s.head;
      const window = Math.max(this.lineStartBefore(head), head - CLAUSE_WINDOW);
      // The last semicolon of the window, searched in it alone (a search back from `head` could run to the
      // start of a text without one).
      const semicolon = this.text.slice(window, head).lastIndexOf(';');
      s.clause = this.lastMentionIn(semicolon === -1 ? window : window + semicolon + 1, head) ?? null;
    }
    return s.clause ?? undefined;
  }

  /**
   * The last mention in [from, to) of an organ whose name holds "Council" or "Assembly" (ours, their short
   * names, and other councils and assemblies). Those words are searched in the window alone, natively
   * (searched once through the whole text, they cost more than all the clauses asked about together); the
   * mention expression runs only around the ones a clause asks about, once each.
   */
  private lastMentionIn(from: number, to: number): Mention | undefined {
    // The name words that start in the window (the text past it is searched as far as a word can reach).
    const window = this.text.slice(from, to + LONGEST_NAME_WORD);
    const starts: number[] = [];
    NAME_WORDS.lastIndex = 0;
    for (let w = NAME_WORDS.exec(window); w !== null && w.index < to - from; w = NAME_WORDS.exec(window)) starts.push(from + w.index);
    for (let k = starts.length - 1; k >= 0; k--) {
      const m = this.mentionAround(starts[k]!);
      if (m && m.start >= from && m.end <= to) return m;
    }
    return undefined;
  }

  /** The mention that holds the name word at `at` (the name may start well before: "Economic and Social Council"). */
  private mentionAround(at: number): Mention | undefined {
    let m = this.around.get(at);
    if (m === undefined) {
      m = mentionsIn(this.text, Math.max(0, at - LONGEST_NAME), at + 1).find((x) => x.start <= at && at < x.end) ?? null;
      this.around.set(at, m);
    }
    return m ?? undefined;
  }

  /** Whether the word before `start` makes the number something else ("Article 2 (4)", "No. 182 (1999)"). */
  excluded(start: number): boolean {
    const word = this.wordBefore(start, this.lineStartBefore(start));
    return word !== undefined && NOT_A_CITATION_WORD.test(this.text.slice(word.start, word.end));
  }

  /** "CL 144/9", "C 2013/20", "EB 136/8": a number after a code of capitals is another body's document. */
  afterCode(start: number): boolean {
    const text = this.text;
    const space = text.charCodeAt(start - 1);
    if (start < 2 || (space !== 32 && space !== 0xa0)) return false;
    let i = start - 1;
    while (i > 0 && i > start - 7 && isCapital(text.charCodeAt(i - 1))) i--;
    return i < start - 1 && start - 1 - i <= 5 && (i === 0 || (!isWordPart(text.charCodeAt(i - 1)) && !isDigitCode(text.charCodeAt(i - 1))));
  }

  /** The organ named right after a citation: "… of the Human Rights Council", "… del Consejo Económico y Social". */
  namedAfter(end: number): readonly CitedBody[] | undefined {
    const text = this.text;
    const first = text.charCodeAt(end);
    if (first !== CLOSE_BRACKET && first !== OPEN_BRACKET) {
      // Most citations are followed by a comma, "and" or a date: only "of", "du", "de", "del" can lead to an organ.
      let i = first === COMMA ? end + 1 : end;
      while (isSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c !== 111 && c !== 100) return undefined;
    }
    AFTER.lastIndex = end;
    if (!AFTER.test(text) || AFTER.lastIndex === end) return undefined;
    // Names start with a capital: "of 27 June", "de 27 de junio" are dates, read no further.
    const at = AFTER.lastIndex;
    const capital = text.charCodeAt(at);
    return (capital >= 65 && capital <= 90) || capital === 0xc9 ? mentionStartingAt(text, at)?.bodies : undefined;
  }

  /** ", ", " and ", ", and ", " et ", " y ": the common gaps of a list, read without an expression. */
  private simpleJoin(from: number, to: number): boolean {
    const text = this.text;
    let i = from;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    let joined = false;
    if (text.charCodeAt(i) === COMMA) {
      joined = true;
      i++;
      while (i < to && isSpace(text.charCodeAt(i))) i++;
    }
    const word = this.wordAfter(i, to);
    if (word !== -1 && AND_WORDS.has(text, i, word)) {
      joined = true;
      i = word;
      while (i < to && isSpace(text.charCodeAt(i))) i++;
    }
    if (i === to - 1 && text.charCodeAt(i) === OPEN_BRACKET) i++;
    return joined && i === to;
  }

  /** The end of the word of ASCII letters at `at`, followed by a space, before `to`; -1 when there is none. */
  private wordAfter(at: number, to: number): number {
    let i = at;
    while (i < to && isAsciiLetter(this.text.charCodeAt(i))) i++;
    return i > at && i < to && isSpace(this.text.charCodeAt(i)) ? i : -1;
  }

  /**
   * Whether the text between two citations joins them in one list: nothing but dates, notes, links and
   * commas, or (`loose`) any words of the same clause ending with a comma or "and", as when each citation of
   * a list has its subject ("… 23/13 on attacks against persons with albinism and 24/33 of 27 September
   * 2013", "… 1991/24, entitled “…”, 1992/22 of 30 July 1992").
   */
  inList(previousEnd: number, start: number, loose: boolean): boolean {
    if (start - previousEnd > (loose ? LOOSE_GAP_WINDOW : GAP_WINDOW)) return false;
    if (this.simpleJoin(previousEnd, start)) return true;
    const gap = this.text.slice(previousEnd, start);
    if (LIST_GAP.test(gap) && LIST_JOIN.test(gap)) return true;
    return loose && LOOSE_END.test(gap) && !LOOSE_BREAK.test(gap);
  }
}
