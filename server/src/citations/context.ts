import type { Span } from '../model/types';
import { type Mention, mentionEndingAt, mentionsIn, mentionStartingAt } from './mentions';
import { ORGAN_NAMES, OTHER_BODY_WORDS, SHORT_NAMES } from './organs';
import { isSkippable, isWordPart, SP, sticky } from './scan';
import type { CitedBody } from './types';

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
  /** Read on first need (see ContextReader.clauseOf). */
  clause?: Clause;
}

const KEYWORDS: ReadonlyMap<string, CitedTextKind> = new Map([
  ...['resolution', 'resolutions', 'résolution', 'résolutions', 'resolución', 'resoluciones'].map((w) => [w, 'resolution'] as const),
  ...['decision', 'decisions', 'décision', 'décisions', 'decisión', 'decisiones'].map((w) => [w, 'decision'] as const),
]);

const DETERMINERS = new Set(['its', 'their', 'the', 'sa', 'ses', 'leur', 'leurs', 'la', 'les', 'su', 'sus', 'las', 'los']);
const POSSESSIVES = new Set(['its', 'their', 'sa', 'ses', 'leur', 'leurs', 'su', 'sus']);
/**
 * Words before a possessive that let it refer to an organ named earlier: "the Council in its resolution",
 * "the Security Council … non-compliance with its resolutions". "Of" and "de" are so common after the
 * text's own organ ("the implementation of its resolutions") that they tie a possessive to another organ
 * only when the text's own organ cannot have adopted the cited text.
 */
const PREPOSITIONS: ReadonlyMap<string, 'strong' | 'weak'> = new Map([
  ...['in', 'by', 'with', 'under', 'through', 'dans', 'par', 'avec', 'en', 'por', 'mediante', 'con'].map((w) => [w, 'strong'] as const),
  ...['of', 'de', 'del'].map((w) => [w, 'weak'] as const),
]);
/** Words that may stand between "paragraph 2" and "resolution": "of", "of its", "de la", "de sa". */
const LINK_WORDS = new Set(['of', 'de', 'del', 'the', 'its', 'la', 'sa', 'su']);

/** The last word of every name the mentions read: only after one of them can an organ be named. */
const NAME_LAST_WORDS: ReadonlySet<string> = new Set([
  ...ORGAN_NAMES.flatMap((o) => o.names.map((n) => lastWord(n))),
  ...SHORT_NAMES.flatMap((s) => s.words.map((w) => w.toLowerCase())),
  ...OTHER_BODY_WORDS.map((w) => w.toLowerCase()),
  // "the General Assembly's resolution"
  's',
]);

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
const KEYWORD_OF = new RegExp(`(?<![\\p{L}])(${[...KEYWORDS.keys()].join('|')})${SP}+${OF}${SP}*$`, 'iu');
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
const LOOSE_BREAK = new RegExp(`[;\\n\\r]|(?<![\\p{L}])(?:${[...KEYWORDS.keys()].join('|')})(?![\\p{L}])`, 'iu');

/** How far before a citation the clause that names its organ may start: a paragraph is most often one clause. */
const CLAUSE_WINDOW = 2000;
/** The stretch of text whose mentions are read at once. */
const MENTION_CHUNK = 4000;

/** The organ the clause names last before a statement, and the preposition that may tie a possessive to it. */
interface Clause {
  readonly mention: Mention | undefined;
  readonly tie: 'strong' | 'weak' | undefined;
}

export const NO_STATEMENT: Statement = Object.freeze({ keyword: undefined, kind: 'resolution', named: undefined, possessive: false, paragraph: undefined, head: -1 });

export class ContextReader {
  private line = 0;
  /** The mentions read in [chunkStart, chunkEnd). */
  private chunk: readonly Mention[] = [];
  private chunkStart = 0;
  private chunkEnd = 0;

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
    while (this.line + 1 < starts.length && starts[this.line + 1]! <= offset) this.line++;
    while (this.line > 0 && starts[this.line]! > offset) this.line--;
    return starts[this.line]!;
  }

  /**
   * The word that ends right before `end` on its line, skipping spaces, emphasis markers and a link's
   * opening bracket: "resolution" before "[2359 \\(2017\\)](#)", "No." before "182 (1999)".
   */
  wordBefore(end: number, lineStart: number): Span | undefined {
    const text = this.text;
    let i = end;
    while (i > lineStart && isSkippable(text.charCodeAt(i - 1))) i--;
    const wordEnd = i;
    while (i > lineStart && isWordPart(text.charCodeAt(i - 1))) i--;
    return i < wordEnd ? { start: i, end: wordEnd } : undefined;
  }

  private lower(span: Span): string {
    return this.text.slice(span.start, span.end).toLowerCase();
  }

  /** What the words before the number at `start` say: keyword, organ, possessive, "paragraph 2 of". */
  before(start: number): Statement {
    const lineStart = this.lineStartBefore(start);
    const word = this.wordBefore(start, lineStart);
    if (!word) return NO_STATEMENT;
    let keyword: Span | undefined;
    let named: readonly CitedBody[] | undefined;
    let kind = KEYWORDS.get(this.lower(word));
    if (kind) {
      keyword = word;
    } else if (NAME_LAST_WORDS.has(this.lower(word))) {
      // "les résolutions du Conseil des droits de l’homme 20/15": the organ between keyword and number.
      const mention = mentionEndingAt(this.text, word.end, lineStart);
      const from = mention ? Math.max(lineStart, mention.start - KEYWORD_OF_WINDOW) : -1;
      const m = mention ? KEYWORD_OF.exec(this.text.slice(from, mention.start)) : null;
      if (m) {
        keyword = { start: from + m.index, end: from + m.index + m[1]!.length };
        kind = KEYWORDS.get(m[1]!.toLowerCase());
        named = mention!.bodies;
      }
    }
    if (!keyword || !kind) return NO_STATEMENT;
    let head = keyword.start;
    let det: string | undefined;
    const detWord = this.wordBefore(keyword.start, lineStart);
    if (detWord && DETERMINERS.has(this.lower(detWord))) {
      det = this.lower(detWord);
      head = detWord.start;
    }
    let possessive = false;
    if (!named) {
      // "Security Council resolution", "General Assembly and Security Council resolutions".
      const before = this.namedBefore(head, lineStart);
      if (before) {
        named = before.bodies;
        head = before.start;
      } else if (det && POSSESSIVES.has(det)) {
        possessive = true;
      }
    }
    return { keyword, kind, named, possessive, paragraph: this.paragraphBefore(head, lineStart), head };
  }

  /** The organs named right before `head`: one, or two joined by "and". */
  private namedBefore(head: number, lineStart: number): Mention | undefined {
    const last = this.wordBefore(head, lineStart);
    if (!last || !NAME_LAST_WORDS.has(this.lower(last))) return undefined;
    const text = this.text;
    let end = last.end;
    if (text.charCodeAt(end - 1) === 115 && end - 2 >= lineStart && /['’]/.test(text[end - 2]!)) end -= 2;
    if (!/^[ \t\u00a0\u202f]+$/.test(text.slice(last.end, head))) return undefined;
    const mention = mentionEndingAt(text, end, lineStart);
    if (!mention) return undefined;
    const joined = this.wordBefore(mention.start, lineStart);
    if (joined && /^(?:and|et|y)$/i.test(this.text.slice(joined.start, joined.end))) {
      const first = mentionEndingAt(text, this.wordBefore(joined.start, lineStart)?.end ?? -1, lineStart);
      if (first) return { start: first.start, end: mention.end, bodies: [...first.bodies, ...mention.bodies] };
    }
    return mention;
  }

  private paragraphBefore(head: number, lineStart: number): Statement['paragraph'] {
    const link = this.wordBefore(head, lineStart);
    if (!link || !LINK_WORDS.has(this.lower(link))) return undefined;
    const from = Math.max(lineStart, head - PARAGRAPH_WINDOW);
    const p = PARAGRAPH_BEFORE.exec(this.text.slice(from, head));
    const indices = p?.indices?.groups?.p;
    return indices ? { text: this.text.slice(from + indices[0], from + indices[1]), span: { start: from + indices[0], end: from + indices[1] } } : undefined;
  }

  /**
   * The organ a possessive refers to: the last one the clause names before it, when a preposition ties the
   * possessive to it ("the Human Rights Council in its resolution 17/4", "que el Consejo de Seguridad hizo
   * suyo en su resolución"); after "of" or "de" only when `ownFits` is false.
   */
  ownerOf(s: Statement, ownFits: boolean): readonly CitedBody[] | undefined {
    const clause = this.clauseOf(s);
    return clause.tie === 'strong' || (clause.tie === 'weak' && !ownFits) ? clause.mention?.bodies : undefined;
  }

  /** The last organ the clause names before the words of `s` (the clause ends at a semicolon). */
  lastMention(s: Statement): Mention | undefined {
    return this.clauseOf(s).mention;
  }

  /** Read once per statement: the citations of a list share it. */
  private clauseOf(s: Statement): Clause {
    if (s.clause) return s.clause;
    const head = s.head;
    const lineStart = this.lineStartBefore(head);
    const semicolon = this.text.lastIndexOf(';', head);
    const from = Math.max(lineStart, semicolon + 1, head - CLAUSE_WINDOW);
    const prep = this.wordBefore(head, lineStart);
    const clause: Clause = { mention: this.lastMentionIn(from, head), tie: prep ? PREPOSITIONS.get(this.lower(prep)) : undefined };
    s.clause = clause;
    return clause;
  }

  /**
   * The last mention in [from, to). The mentions of a stretch of text are read once, in chunks: citations
   * come in document order, and the clauses of one paragraph overlap.
   */
  private lastMentionIn(from: number, to: number): Mention | undefined {
    if (to > this.chunkEnd || from < this.chunkStart) {
      this.chunkStart = from;
      this.chunkEnd = Math.max(to, from + MENTION_CHUNK);
      this.chunk = mentionsIn(this.text, this.chunkStart, this.chunkEnd);
    }
    const chunk = this.chunk;
    for (let i = chunk.length - 1; i >= 0; i--) {
      const m = chunk[i]!;
      if (m.end > to) continue;
      return m.start >= from ? m : undefined;
    }
    return undefined;
  }

  /** Whether the word before `start` makes the number something else ("Article 2 (4)", "No. 182 (1999)"). */
  excluded(start: number): boolean {
    const word = this.wordBefore(start, this.lineStartBefore(start));
    return word !== undefined && NOT_A_CITATION_WORD.test(this.text.slice(word.start, word.end));
  }

  /** "CL 144/9", "C 2013/20", "EB 136/8": a number after a code of capitals is another body's document. */
  afterCode(start: number): boolean {
    const text = this.text;
    if (start < 2 || !/[ \u00a0]/.test(text[start - 1]!)) return false;
    let i = start - 1;
    while (i > 0 && i > start - 7 && /[A-Z]/.test(text[i - 1]!)) i--;
    return i < start - 1 && start - 1 - i <= 5 && (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!));
  }

  /** The organ named right after a citation: "… of the Human Rights Council", "… del Consejo Económico y Social". */
  namedAfter(end: number): readonly CitedBody[] | undefined {
    AFTER.lastIndex = end;
    const connector = AFTER.exec(this.text);
    // "de" alone after a citation is most often a date ("de 27 de junio"): the organ must follow at once.
    return connector && connector[0].length > 0 ? mentionStartingAt(this.text, end + connector[0].length)?.bodies : undefined;
  }

  /**
   * Whether the text between two citations joins them in one list: nothing but dates, notes, links and
   * commas, or (`loose`) any words of the same clause ending with a comma or "and", as when each citation of
   * a list has its subject ("… 23/13 on attacks against persons with albinism and 24/33 of 27 September
   * 2013", "… 1991/24, entitled “…”, 1992/22 of 30 July 1992").
   */
  inList(previousEnd: number, start: number, loose: boolean): boolean {
    if (start - previousEnd > (loose ? LOOSE_GAP_WINDOW : GAP_WINDOW)) return false;
    const gap = this.text.slice(previousEnd, start);
    if (LIST_GAP.test(gap) && LIST_JOIN.test(gap)) return true;
    return loose && LOOSE_END.test(gap) && !LOOSE_BREAK.test(gap);
  }
}
