import { LANGUAGES, type Language, type Lexicon, lexiconFor, normalizeWord, WORD_PATTERN } from '../lexicon';
import { furnitureKind, isAnnexHeading, isClosingLine, isMeetingLine, isPlainHeading, isSectionHeading, isTableRow } from './furniture';
import { italicAt, scanItalics, stripMarkers } from './inline';
import {
  letterOrdinal,
  matchItemLabel,
  matchNegotiationLabel,
  matchOperativeLabel,
  matchSubparagraphLabel,
  romanValue,
  type NegotiationLabelMatch,
  type OperativeLabelMatch,
  type SubparagraphLabelMatch,
} from './labels';
import { classifyParagraphs, type Mutable, type MutableParagraph, splitParts } from './classify';
import { splitLines } from './lines';
import {
  capitalised,
  continuesParagraph,
  endingOf,
  isBlankRange,
  isLowerCaseLetter,
  lastMeaningfulChar,
  leadingSpace,
  lineEndMark,
  opensInCapital,
  PARAGRAPH_MARKS,
  trimmedEnd,
} from './lineText';
import { PAGE_FOOTNOTE, pageFurniture } from './pages';
import { scanPhraseWords } from './words';
import { matchOrganLine, type OrganMatch } from './organ';
import type {
  Ending,
  LabelKind,
  LeadPhrase,
  OrganLine,
  OtherBlock,
  OtherBlockKind,
  Paragraph,
  ParagraphKind,
  ResolutionModel,
  SecondaryVerb,
  Span,
  SubparagraphLabel,
} from './types';

export interface ParseOptions {
  /** Forces the document language instead of detecting it. */
  readonly language?: Language;
}

/**
 * Turns a resolution text into its model in one line-oriented pass (plus a short look-ahead for the
 * language). Blocks are runs of non-blank lines; a block that opens with a label, or a line that opens
 * with a known leading phrase after a line ending in paragraph punctuation, starts a paragraph; an
 * unlabelled block starting in lower case continues the paragraph a page break split.
 */
export function parseResolution(text: string, options: ParseOptions = {}): ResolutionModel {
  return new Parser(text, options).parse();
}

type LabelMatch =
  | { readonly type: 'operative'; readonly m: OperativeLabelMatch }
  | { readonly type: 'negotiation'; readonly m: NegotiationLabelMatch }
  | { readonly type: 'subparagraph'; readonly m: SubparagraphLabelMatch }
  /** An unlabelled block read as a point of the subparagraph above it (a subparagraph heading's text). */
  | { readonly type: 'point'; readonly heading: boolean };

const POINT: LabelMatch = { type: 'point', heading: false };
/** A heading among the subparagraphs of a list ("Urgent temporary measures:", "*Root causes of conflict*"). */
const LIST_HEADING: LabelMatch = { type: 'point', heading: true };
/** Rank of dash, bullet and unlabelled items: below every labelled level, siblings of each other. */
const ITEM_RANK = 10;

interface Unit {
  readonly firstLine: number;
  /** Section headings seen before the unit. */
  readonly section: number;
  readonly label: LabelMatch | undefined;
  /** [startLine, endLine] pairs, inclusive. */
  readonly blocks: [number, number][];
}

interface Building {
  paragraph: MutableParagraph;
  rank: number;
}


const LEAD_WORDS = 10;
/** Words always read at the start of a paragraph, known or not ("Takin note of" suggests "Taking note"). */
const LEAD_MIN_WORDS = 4;

class Parser {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly others: OtherBlock[] = [];
  /** Running heads and page footnotes of text copied from a PDF, by line; undefined for typed text. */
  private readonly pages: Uint8Array | undefined;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    const lines = splitLines(text);
    this.starts = lines.starts;
    this.ends = lines.ends;
    this.pages = pageFurniture(text, this.starts, this.ends);
  }

  private line(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  private isBlank(i: number): boolean {
    const s = this.starts[i]!;
    const e = this.ends[i]!;
    for (let k = s; k < e; k++) {
      const c = this.text.charCodeAt(k);
      // Also the narrow no-break space of French typography, vertical tab, form feed (the page break
      // pdftotext writes) and the ideographic space: a line of them is blank (found by the bad-input tests).
      if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 0x202f && c !== 0x0b && c !== 0x0c && c !== 0x3000) {
        // A line that is only an HTML comment (an unres-disable directive, a note) shows nothing in Markdown.
        return c === 60 && isCommentLine(this.text.slice(k, e));
      }
    }
    return true;
  }

  parse(): ResolutionModel {
    const lineCount = this.starts.length;
    const organ = this.findOrgan();
    const detected = this.detectLanguage(organ?.match);
    const lexicon = lexiconFor(detected.language);
    const bodyStart = organ ? organ.line + 1 : this.findBodyStart();
    let heading: Span | undefined;
    const headingEndLine = organ ? organ.line : bodyStart;
    for (let i = 0; i < headingEndLine; i++) {
      if (this.isBlank(i)) continue;
      let last = headingEndLine - 1;
      while (last > i && this.isBlank(last)) last--;
      heading = { start: this.starts[i]!, end: this.ends[last]! };
      break;
    }

    const units = this.collectUnits(bodyStart, lineCount, lexicon);
    const paragraphs = this.buildParagraphs(units, lexicon);

    let organLine: OrganLine | undefined;
    if (organ) {
      const base = this.starts[organ.line]!;
      const m = organ.match;
      organLine = {
        start: base + m.textStart,
        end: base + (m.commaOffset !== undefined ? m.commaOffset + 1 : m.textEnd),
        text: m.text,
        body: m.body,
        language: m.language,
        gender: m.gender,
        commaOffset: m.commaOffset !== undefined ? base + m.commaOffset : undefined,
        italic: m.italic,
      };
    }
    return {
      text: this.text,
      language: detected.language,
      languageSource: detected.source,
      heading,
      organ: organLine,
      paragraphs,
      preamble: paragraphs.filter((p) => p.kind === 'preamble'),
      operative: paragraphs.filter((p) => p.kind === 'operative'),
      others: this.others,
      lineStarts: this.starts,
    };
  }

  /** The organ line comes before the first numbered paragraph; stop looking there. */
  private findOrgan(): { line: number; match: OrganMatch } | undefined {
    for (let i = 0; i < this.starts.length; i++) {
      if (this.ends[i]! - this.starts[i]! > 90 || this.isBlank(i)) continue;
      const s = this.line(i);
      const match = matchOrganLine(s);
      if (match) return { line: i, match };
      if (matchOperativeLabel(s) && i > 0) return undefined;
    }
    return undefined;
  }

  /** Without an organ line, the body starts at the first labelled line or known leading phrase. */
  private findBodyStart(): number {
    for (let i = 0; i < this.starts.length; i++) {
      if (this.isBlank(i)) continue;
      const s = this.line(i);
      if (matchOperativeLabel(s) || matchNegotiationLabel(s)) return i;
      const words = leadingWords(s);
      if (LANGUAGES.some((l) => lexiconFor(l).match(words))) return i;
    }
    return 0;
  }

  private detectLanguage(organ: OrganMatch | undefined): { language: Language; source: ResolutionModel['languageSource'] } {
    if (this.options.language) return { language: this.options.language, source: 'forced' };
    if (organ) return { language: organ.language, source: 'organ' };
    const scores: Record<Language, number> = { en: 0, fr: 0, es: 0 };
    let seen = 0;
    for (let i = 0; i < this.starts.length && seen < 200; i++) {
      if (this.isBlank(i)) continue;
      seen++;
      const s = this.line(i);
      const label = matchOperativeLabel(s) ?? matchNegotiationLabel(s);
      const words = leadingWords(label ? s.slice(label.bodyStart) : s);
      for (const l of LANGUAGES) if (lexiconFor(l).match(words)) scores[l]++;
    }
    const best = LANGUAGES.reduce((a, b) => (scores[b] > scores[a] ? b : a));
    if (scores[best] > 0) return { language: best, source: 'phrases' };
    return { language: 'en', source: 'default' };
  }

  private addOther(kind: OtherBlockKind, firstLine: number, lastLine: number): void {
    const start = this.starts[firstLine]! + leadingSpace(this.line(firstLine));
    this.others.push({ kind, line: firstLine, start, end: trimmedEnd(this.text, start, this.ends[lastLine]!) });
  }

  private collectUnits(from: number, to: number, lexicon: Lexicon): Unit[] {
    const units: Unit[] = [];
    let current: Unit | undefined; // the unit the previous non-blank line belongs to
    let lastParagraph: Unit | undefined; // the unit a lower-case block would continue
    let lastTop: Unit | undefined; // the last unit that is not a subparagraph or item
    let colonRun: Unit | undefined; // a paragraph ending with ":" whose unlabelled text follows it
    let inOther: OtherBlock | undefined; // a closing or footnote block that swallows its wrapped lines
    let afterBreak = true;
    let previousEnd = ''; // the last character of the previous line, after closing markers
    let ended = false; // past the meeting line that closes the resolution
    let section = 0;
    let pageBreak = false; // page furniture since the last line of text: a paragraph may run on over it
    let bareLabel = false; // the previous line was a number alone ("1. "), its text on the next line
    let closedByFormula = false; // the last paragraph closed with "to remain seized of the matter." 
    for (let i = from; i < to; i++) {
      const page = this.pages?.[i];
      if (page) {
        if (page === PAGE_FOOTNOTE && inOther?.kind === 'footnote') (inOther as Mutable<OtherBlock>).end = trimmedEnd(this.text, this.starts[i]!, this.ends[i]!);
        else if (!this.isBlank(i)) {
          this.addOther(page === PAGE_FOOTNOTE ? 'footnote' : 'furniture', i, i);
          inOther = page === PAGE_FOOTNOTE ? this.others[this.others.length - 1] : undefined;
        }
        pageBreak = true;
        afterBreak = true;
        current = undefined;
        continue;
      }
      if (this.isBlank(i)) {
        afterBreak = true;
        bareLabel = false;
        current = undefined;
        inOther = undefined;
        continue;
      }
      const s = this.line(i);
      if (!afterBreak && inOther) {
        (inOther as Mutable<OtherBlock>).end = trimmedEnd(this.text, this.starts[i]!, this.ends[i]!);
        continue;
      }
      const furniture = furnitureKind(s);
      if (furniture) {
        this.addOther(furniture, i, i);
        inOther = furniture === 'footnote' ? this.others[this.others.length - 1] : undefined;
        afterBreak = true;
        pageBreak = true;
        current = undefined;
        continue;
      }
      if (isAnnexHeading(s)) {
        this.addOther('annex', i, to - 1);
        break;
      }
      if (isTableRow(s)) {
        // A table ("as set out in the table below:") is one block of its own; the text after it may still
        // belong to the paragraph that introduced it.
        const last = this.others[this.others.length - 1];
        if (last?.kind === 'table' && !afterBreak) (last as Mutable<OtherBlock>).end = trimmedEnd(this.text, this.starts[i]!, this.ends[i]!);
        else this.addOther('table', i, i);
        current = undefined;
        afterBreak = false;
        continue;
      }
      if (ended || isMeetingLine(s)) {
        // The meeting line and its date end the resolution; only footnotes and annexes (read above) follow.
        this.addOther('closing', i, i);
        inOther = this.others[this.others.length - 1];
        ended = true;
        afterBreak = false;
        current = undefined;
        lastParagraph = undefined;
        continue;
      }
      // A label opens a line after a blank line or after a line that ended its sentence; elsewhere it is a
      // wrapped line that happens to start with "(a)" or "5." ("…paragraph 3 / (a) of resolution…").
      const found = labelOf(s);
      const label: LabelMatch | undefined = found && (afterBreak || previousEnd === '' || PARAGRAPH_MARKS.includes(previousEnd)) && !bareLabel ? found : undefined;
      if (!label && afterBreak && isClosingLine(s)) {
        this.addOther('closing', i, i);
        inOther = this.others[this.others.length - 1];
        afterBreak = false;
        current = undefined;
        lastParagraph = undefined;
        continue;
      }
      if (label) {
        current = { firstLine: i, section, label, blocks: [[i, i]] };
        units.push(current);
        lastParagraph = current;
        if (label.type !== 'subparagraph') lastTop = current;
        colonRun = undefined;
      } else if (afterBreak && closedByFormula && !continuesParagraph(s)) {
        // After "*Decides* to remain seized of the matter." the resolution is over: text that follows
        // without a label is its annex, even under a heading that does not say "Annex" (a listed name).
        this.addOther('annex', i, to - 1);
        break;
      } else if (afterBreak) {
        const nextBlank = i + 1 >= to || this.isBlank(i + 1);
        // A paragraph cut mid-sentence by a page break goes on after the running head, whatever its case.
        const runsOnAfterPage = pageBreak && previousEnd !== '' && !PARAGRAPH_MARKS.includes(previousEnd);
        // A heading is one line (or two, see below) between blank lines: other blocks are not tested.
        const headingShaped = nextBlank || (i + 2 < to && this.isBlank(i + 2));
        const sectionHeading = headingShaped && isSectionHeading(s);
        const heading =
          sectionHeading ||
          (headingShaped && PARAGRAPH_MARKS.includes(previousEnd) && !runsOnAfterPage && isPlainHeading(s) && !this.pageBreakAfter(i, to));
        // A plain heading may wrap onto a second line ("Establishment and operationalization of the … /
        // Investment Dispute Resolution"), both lines short and without punctuation.
        const wrapped =
          !nextBlank && heading && !sectionHeading && i + 2 < to && this.isBlank(i + 2) && !this.pages?.[i + 1] && isPlainHeading(capitalised(this.line(i + 1)));
        if ((nextBlank || wrapped) && heading && !lexicon.match(leadingWords(s))) {
          this.addOther('section-heading', i, wrapped ? i + 1 : i);
          if (wrapped) i++;
          section++;
          // A heading inside the text that "*Approves* … as set out below:" introduces belongs to that text.
          const introduces = previousEnd === ':' && lastTop !== undefined && lastParagraph === lastTop && this.introducesText(lastTop, lexicon);
          colonRun = colonRun ?? (introduces ? lastTop : undefined);
          lastParagraph = undefined;
          afterBreak = true;
          continue;
        }
        const last = lastParagraph ?? colonRun;
        const attach = runsOnAfterPage && lastParagraph ? lastParagraph : last ? this.attachment(last, lastTop, colonRun, previousEnd, s, lexicon) : undefined;
        if (attach && attach !== 'point' && attach !== 'heading') {
          // A block that continues a paragraph: split by a page break, a wrap-up after its subparagraphs, or
          // the text that "Decides that:" introduces.
          attach.blocks.push([i, i]);
          current = attach;
          if (previousEnd === ':' && attach === lastTop) colonRun = attach;
        } else {
          current = { firstLine: i, section, label: attach === 'point' ? POINT : attach === 'heading' ? LIST_HEADING : undefined, blocks: [[i, i]] };
          units.push(current);
          lastParagraph = current;
          if (!attach) {
            lastTop = current;
            colonRun = undefined;
          }
        }
      } else if (current && (bareLabel || !(PARAGRAPH_MARKS.includes(previousEnd) && previousEnd !== '' && opensInCapital(s) && lexicon.match(leadingWords(s))))) {
        current.blocks[current.blocks.length - 1]![1] = i; // a wrapped line of the same paragraph
      } else {
        current = { firstLine: i, section, label: undefined, blocks: [[i, i]] };
        units.push(current);
        lastParagraph = current;
        lastTop = current;
        colonRun = undefined;
      }
      afterBreak = false;
      pageBreak = false;
      previousEnd = lineEndMark(s);
      closedByFormula = previousEnd === '.' && current !== undefined && endsWithClosingFormula(s, lexicon);
      bareLabel = label !== undefined && isBareLabel(s, label);
    }
    return units;
  }

  /**
   * Whether a page break follows line `i` (after blank lines): the line is then the first line of a
   * paragraph the page cut, not a heading, however short it is.
   */
  private pageBreakAfter(i: number, to: number): boolean {
    for (let k = i + 1; k < to && k <= i + 4; k++) {
      if (this.pages?.[k]) return true;
      if (this.isBlank(k)) continue;
      return furnitureKind(this.line(k)) !== undefined;
    }
    return false;
  }

  /**
   * Where an unlabelled block that opens after a blank line belongs, when not to a paragraph of its own:
   * - a block in lower case (or opening with a quotation) continues the paragraph a page break split, or,
   *   after subparagraphs that ended their sentence, is the wrap-up text of the paragraph above them
   *   ("(c) …; / and its request that…");
   * - text without a leading phrase under a subparagraph that introduces it (ends with ":" or is a heading
   *   with no punctuation, "(f) *Humanitarian assistance*") is a point of that subparagraph;
   * - text without a leading phrase after a paragraph that introduces it ("*Decides* that:", "*Décide* ce
   *   qui suit :") continues that paragraph, block after block, until a label or a leading phrase.
   */
  private attachment(
    last: Unit,
    top: Unit | undefined,
    colonRun: Unit | undefined,
    previousEnd: string,
    s: string,
    lexicon: Lexicon,
  ): Unit | 'point' | 'heading' | undefined {
    const lastIsSub = last.label?.type === 'subparagraph' || last.label?.type === 'point';
    if (continuesParagraph(s)) return lastIsSub && top && (previousEnd === ';' || previousEnd === '.') ? top : last;
    // After a paragraph that neither heads a list nor introduces text, a block is a paragraph of its own:
    // the leading phrase need not be read (most preambular paragraphs end here).
    if (!lastIsSub && !colonRun && previousEnd !== ':') return undefined;
    if (lexicon.match(leadingWords(s))) return undefined;
    if (last.label?.type === 'point') return 'point';
    // A short line with no closing punctuation, or ending with ":", between subparagraphs is a heading
    // inside the list ("Urgent temporary measures:", "*Root causes of conflict*"), not a paragraph.
    if (lastIsSub && s.length <= 100) {
      const end = lastMeaningfulChar(s);
      if (end === ':' || !PARAGRAPH_MARKS.includes(end)) return 'heading';
    }
    if (last.label?.type === 'subparagraph' && last.label.m.style !== 'mark') {
      if (previousEnd === ':') return 'point';
      if (!PARAGRAPH_MARKS.includes(previousEnd)) {
        // A subparagraph with no punctuation is a heading: an italic one ("(f) *Humanitarian assistance*")
        // heads points of its own, a plain one ("(a) Asset Freeze") runs on into the text below it.
        const lastLine = this.line(last.blocks[last.blocks.length - 1]![1]).trimEnd();
        return lastLine.endsWith('*') || lastLine.endsWith('_') ? 'point' : last;
      }
    }
    if (colonRun && colonRun === top) return colonRun;
    if (top && last === top && previousEnd === ':' && this.introducesText(top, lexicon)) return top;
    return undefined;
  }

  /** A numbered paragraph, or an unnumbered one that opens with an operative verb. */
  private introducesText(unit: Unit, lexicon: Lexicon): boolean {
    if (unit.label?.type === 'operative' || (unit.label?.type === 'negotiation' && unit.label.m.kind === 'OP')) return true;
    return !unit.label && lexicon.match(leadingWords(this.line(unit.firstLine)))?.entry.kind === 'operative';
  }

  private buildParagraphs(units: readonly Unit[], lexicon: Lexicon): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    let top: MutableParagraph | undefined;
    let stack: Building[] = [];
    let levels: string[] = [];
    for (const unit of units) {
      const label = unit.label;
      if ((label?.type === 'subparagraph' || label?.type === 'point') && top) {
        if (label.type === 'point' || label.m.style === 'mark') {
          // Items are siblings of the items before them and children of the labelled level above; a heading
          // among the subparagraphs is a sibling of the labelled one before it.
          while (stack.length > 0 && stack[stack.length - 1]!.rank >= ITEM_RANK) stack.pop();
          // The heading takes the level of the subparagraph it follows: the labels after it go on the list.
          const rank = label.type === 'point' && label.heading ? (stack.pop()?.rank ?? ITEM_RANK) : ITEM_RANK;
          const parent = stack.length > 0 ? stack[stack.length - 1]!.paragraph : top;
          const paragraph = this.makeParagraph(unit, 'subparagraph', lexicon, 'item', stack.length + 1);
          parent.subparagraphs.push(paragraph);
          stack.push({ paragraph, rank });
          continue;
        }
        const m = label.m;
        const kind = this.labelKind(m, stack);
        // The levels of a paragraph are the label series in the order they first appear: usually letters
        // then Roman numerals, but some texts open with "i)" and letter under it ("i) … a) b) c) ii) …").
        // "(a)" and "a)" are one level typed two ways; "a." is a deeper one.
        const series = m.style === 'dot' ? `${kind}.` : kind;
        let rank = levels.indexOf(series);
        // A new level opens at its first label ("(a)", "(i)", "1)"); "(ii)" after "(1)" (OCR for "(i)")
        // is a sibling written wrongly, not a level of its own.
        const ordinal = kind === 'letter' ? letterOrdinal(m.value) : kind === 'roman' ? romanValue(m.value) : Number(m.value);
        if (rank === -1 && ordinal !== 1 && stack.length > 0) rank = stack[stack.length - 1]!.rank;
        if (rank === -1) rank = levels.push(series) - 1;
        while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
        const parent = stack.length > 0 ? stack[stack.length - 1]!.paragraph : top;
        const paragraph = this.makeParagraph(unit, 'subparagraph', lexicon, kind, stack.length + 1);
        parent.subparagraphs.push(paragraph);
        stack.push({ paragraph, rank });
        continue;
      }
      stack = [];
      levels = [];
      top = this.makeParagraph(unit, 'preamble', lexicon);
      paragraphs.push(top);
    }
    for (const p of paragraphs as MutableParagraph[]) this.settleIntroEndings(p);
    classifyParagraphs(paragraphs as MutableParagraph[], this.text, lexicon);
    splitParts(paragraphs as MutableParagraph[]);
    return paragraphs;
  }

  /**
   * A paragraph whose wrap-up text follows its subparagraphs introduces them where its first blocks end;
   * one that introduces text of its own ("Decides that:" and what follows) does so where its first block ends.
   */
  private settleIntroEndings(p: MutableParagraph): void {
    for (const sub of p.subparagraphs) this.settleIntroEndings(sub as MutableParagraph);
    const first = p.subparagraphs[0];
    if (!first) {
      // "*Décide* ce qui suit :" and the text it introduces, in blocks of its own.
      const opening = p.blocks[0]!;
      if (p.blocks.length > 1) {
        const ending = endingOf(this.text, Math.max(p.bodyStart, p.start), opening.end);
        if (ending.char === ':') p.introEnding = ending;
      }
      return;
    }
    if (p.blocks[p.blocks.length - 1]!.start < first.start) return;
    let lead = p.blocks[0]!;
    for (const block of p.blocks) if (block.start < first.start) lead = block;
    p.introEnding = endingOf(this.text, Math.max(p.bodyStart, p.start), lead.end);
  }

  /** Settles "(i)", "(v)", "(x)": a letter when it follows h, u, w without introducing children. */
  private labelKind(m: SubparagraphLabelMatch, stack: readonly Building[]): LabelKind {
    if (m.numeric) return 'number';
    if (!m.romanCandidate) return 'letter';
    if (m.value.length > 1) return 'roman';
    const letterSibling = [...stack].reverse().find((b) => b.paragraph.label?.kind === 'letter');
    if (
      letterSibling &&
      letterSibling.paragraph.label!.ordinal === letterOrdinal(m.value) - 1 &&
      letterSibling === stack[stack.length - 1] &&
      letterSibling.paragraph.ending.char !== ':'
    ) {
      return 'letter';
    }
    return 'roman';
  }

  private makeParagraph(unit: Unit, kind: ParagraphKind, lexicon: Lexicon, labelKind?: LabelKind, level = 0): MutableParagraph {
    const text = this.text;
    const lineStart = this.starts[unit.firstLine]!;
    const lineEnd = this.ends[unit.firstLine]!;
    const firstLine = text.slice(lineStart, lineEnd);
    const label = unit.label;
    let start = lineStart + leadingSpace(firstLine);
    let bodyStart = start;
    let number: Paragraph['number'];
    let negotiationLabel: Paragraph['negotiationLabel'];
    let subLabel: SubparagraphLabel | undefined;
    if (label?.type === 'operative') {
      const m = label.m;
      number = {
        start: lineStart + m.digitsStart,
        end: lineStart + m.labelEnd,
        raw: firstLine.slice(m.digitsStart, m.labelEnd),
        value: m.value,
        suffix: m.suffix,
        digits: { start: lineStart + m.digitsStart, end: lineStart + m.digitsEnd },
      };
      start = number.start;
      bodyStart = lineStart + m.bodyStart;
    } else if (label?.type === 'negotiation') {
      const m = label.m;
      negotiationLabel = { start: lineStart + m.labelStart, end: lineStart + m.labelEnd, kind: m.kind, value: m.value };
      start = negotiationLabel.start;
      bodyStart = lineStart + m.bodyStart;
      // A negotiation label may be followed by the number itself: "OP3. 3. *Decides*".
      const inner = matchOperativeLabel(firstLine.slice(m.bodyStart));
      if (inner) {
        number = {
          start: bodyStart + inner.digitsStart,
          end: bodyStart + inner.labelEnd,
          raw: firstLine.slice(m.bodyStart + inner.digitsStart, m.bodyStart + inner.labelEnd),
          value: inner.value,
          suffix: inner.suffix,
          digits: { start: bodyStart + inner.digitsStart, end: bodyStart + inner.digitsEnd },
        };
        bodyStart += inner.bodyStart;
      }
    } else if (label?.type === 'subparagraph') {
      const m = label.m;
      const k = labelKind ?? 'letter';
      subLabel = {
        start: lineStart + m.labelStart,
        end: lineStart + m.labelEnd,
        raw: m.raw,
        value: m.value,
        kind: k,
        style: m.style,
        ordinal: k === 'letter' ? letterOrdinal(m.value) : k === 'roman' ? romanValue(m.value) : k === 'number' ? Number(m.value) : 0,
        valueSpan: { start: lineStart + m.valueStart, end: lineStart + m.valueEnd },
      };
      start = subLabel.start;
      bodyStart = lineStart + m.bodyStart;
    } else if (label?.type === 'point') {
      subLabel = { start, end: start, raw: '', value: '', kind: 'item', style: 'none', ordinal: 0, valueSpan: { start, end: start } };
    }
    // "1. " alone on its line: the text, and its leading phrase, start on the next line.
    const [firstBlockStart, firstBlockEnd] = unit.blocks[0]!;
    if (label && firstBlockEnd > firstBlockStart && isBlankRange(text, bodyStart, lineEnd)) {
      const next = firstBlockStart + 1;
      bodyStart = this.starts[next]! + leadingSpace(this.line(next));
    }
    const blocks: Span[] = unit.blocks.map(([a, b], index) => {
      const s = index === 0 ? start : this.starts[a]! + leadingSpace(this.line(a));
      return { start: s, end: trimmedEnd(text, s, this.ends[b]!) };
    });
    const end = blocks[blocks.length - 1]!.end;
    const lead = parseLead(text, bodyStart, Math.max(bodyStart, blocks[0]!.end), lexicon);
    const secondaryVerbs: SecondaryVerb[] = [];
    for (const block of blocks) {
      const from = Math.max(block.start, lead?.outer.end ?? bodyStart);
      if (from >= block.end) continue;
      for (const span of scanItalics(text, from, block.end)) {
        const first = text.charCodeAt(span.inner.start);
        if (!isLowerCaseLetter(first)) continue;
        const match = lexicon.match(leadingWordsAt(text, span.inner.start, span.inner.end));
        if (match) secondaryVerbs.push({ start: span.inner.start, end: span.inner.end, text: stripMarkers(text.slice(span.inner.start, span.inner.end)), match });
      }
    }
    const ending = endingOf(text, Math.max(bodyStart, start), end);
    return {
      kind,
      start,
      end,
      line: unit.firstLine,
      bodyStart,
      blocks,
      lead,
      secondaryVerbs,
      ending,
      introEnding: ending,
      number,
      negotiationLabel,
      label: subLabel,
      level,
      subparagraphs: [],
      section: unit.section,
    };
  }
}

function labelOf(s: string): LabelMatch | undefined {
  const c = s.charCodeAt(s.length - s.trimStart().length);
  if (c >= 48 && c <= 57) {
    const m = matchOperativeLabel(s);
    if (m) return { type: 'operative', m };
  }
  if (c === 80 || c === 79) {
    const m = matchNegotiationLabel(s);
    if (m) return { type: 'negotiation', m };
  }
  const m = matchSubparagraphLabel(s) ?? matchItemLabel(s);
  return m ? { type: 'subparagraph', m } : undefined;
}

/** Whether a line ends the resolution with its closing formula ("…to remain seized of the matter."). */
function endsWithClosingFormula(s: string, lexicon: Lexicon): boolean {
  const tail = normalizeWord(stripMarkers(s.slice(-90))).replace(/[\s\u00a0\u202f]+/g, ' ');
  return lexicon.closing.some((formula) => tail.includes(`${formula}.`));
}

/** Whether the line holds its label only ("1. " then the text on the next line, as PDFs give it). */
function isBareLabel(s: string, label: LabelMatch): boolean {
  return isBlankRange(s, label.type === 'point' ? 0 : label.m.bodyStart, s.length);
}

/** The first words of a line, normalised, skipping Markdown markers: enough to match a leading phrase. */
export function leadingWords(s: string): string[] {
  return leadingWordsAt(s, 0, s.length);
}

/** leadingWords of text[start, end), without slicing it out. */
function leadingWordsAt(text: string, start: number, end: number): string[] {
  const to = Math.min(end, start + 80);
  let i = start;
  // What leadingWordsByPattern's /^[ \t\u00a0]*[*_[]*/ removes.
  while (i < to && isLeadingSpace(text.charCodeAt(i))) i++;
  while (i < to && isOpeningMarker(text.charCodeAt(i))) i++;
  const words: string[] = [];
  const complete = scanPhraseWords(text, i, to, true, (a, b) => {
    words.push(normalizeWord(text.slice(a, b)));
    return words.length < LEAD_WORDS;
  });
  return complete ? words : leadingWordsByPattern(text.slice(start, end));
}

function isLeadingSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Emphasis markers and a link's opening bracket. */
function isOpeningMarker(c: number): boolean {
  return c === 42 || c === 95 || c === 91;
}

/** leadingWords with WORD_PATTERN: for the text scanPhraseWords leaves to it (characters outside the BMP). */
function leadingWordsByPattern(s: string): string[] {
  const head = s.slice(0, 80).replace(/^[ \t\u00a0]*[*_[]*/, '');
  const words: string[] = [];
  WORD_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let expected = 0;
  while ((m = WORD_PATTERN.exec(head)) && words.length < LEAD_WORDS) {
    // Words of a phrase are separated by spaces only; punctuation or digits end the phrase.
    if (!onlySpaces(head, expected, m.index, true)) break;
    words.push(normalizeWord(m[0]));
    expected = m.index + m[0].length;
  }
  return words;
}

/** Whether s[from, to) holds only spaces (and, with `markers`, emphasis markers): a gap between words. */
function onlySpaces(s: string, from: number, to: number, markers = false): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f) continue;
    if (markers && (c === 42 || c === 95)) continue;
    return false;
  }
  return true;
}

const LEAD_SPANS: Span[] = [];
const LEAD_WORD_LIST: string[] = [];

function parseLead(text: string, start: number, lineEnd: number, lexicon: Lexicon): LeadPhrase | undefined {
  // A bold lead ("**Decides**", "**_Decides_**") is read through its bold markers: the phrase is still there.
  const pos = text.startsWith('**', start) && text.charCodeAt(start + 2) !== 42 ? start + 2 : start;
  const italic = italicAt(text, pos, lineEnd);
  const from = italic ? italic.inner.start : pos;
  const to = italic ? italic.inner.end : Math.min(lineEnd, pos + 160);
  const limit = italic ? 40 : LEAD_WORDS;
  // Scratch arrays shared by every call (the model keeps a copy of the spans): two arrays per paragraph
  // grown by `push` were a good part of the parser's garbage.
  const spans = LEAD_SPANS;
  const words = LEAD_WORD_LIST;
  spans.length = 0;
  words.length = 0;
  const take = (wordStart: number, wordEnd: number): boolean => {
    const word = normalizeWord(text.slice(wordStart, wordEnd));
    spans.push({ start: wordStart, end: wordEnd });
    words.push(word);
    // Past a word no phrase contains, the match cannot grow; a few words are kept for suggestions.
    return words.length < limit && !(words.length >= LEAD_MIN_WORDS && !lexicon.knows(word));
  };
  if (!scanPhraseWords(text, from, to, false, take)) {
    spans.length = 0;
    words.length = 0;
    leadWordsByPattern(text, from, to, take);
  }
  if (words.length === 0) return undefined;
  const match = lexicon.match(words);
  const first = spans[0]!;
  const headLast = spans[Math.min(spans.length, match?.wordCount ?? 1) - 1]!;
  const headSpan = { start: first.start, end: headLast.end };
  const span = italic ? { start: italic.inner.start, end: trimmedEnd(text, italic.inner.start, italic.inner.end) } : headSpan;
  return {
    start: span.start,
    end: span.end,
    text: stripMarkers(text.slice(span.start, span.end)),
    italic: italic !== undefined,
    outer: italic ? italic.outer : span,
    match,
    firstWord: text.slice(first.start, first.end),
    firstWordSpan: { start: first.start, end: first.end },
    headSpan,
    // A copy of exactly the right length: the array `push` grew keeps spare room for the model's lifetime.
    wordSpans: spans.slice(),
  };
}

/** The words of a leading phrase with WORD_PATTERN, for the text scanPhraseWords leaves to it. */
function leadWordsByPattern(text: string, from: number, to: number, take: (start: number, end: number) => boolean): void {
  WORD_PATTERN.lastIndex = 0;
  const segment = text.slice(from, to);
  let m: RegExpExecArray | null;
  let expected = 0;
  while ((m = WORD_PATTERN.exec(segment))) {
    // Words of a phrase are separated by spaces only; punctuation or digits end the phrase.
    if (!onlySpaces(segment, expected, m.index)) break;
    expected = m.index + m[0].length;
    if (!take(from + m.index, from + expected)) break;
  }
}

/** "<!-- … -->" and nothing after it but spaces. */
function isCommentLine(rest: string): boolean {
  return rest.startsWith('<!--') && rest.trimEnd().endsWith('-->') && rest.indexOf('-->') === rest.trimEnd().length - 3;
}
