import { type Lexicon, normalizeWord } from '../lexicon';
import type { Mutable } from './classify';
import { furnitureKind, isAnnexHeading, isClosingLine, isItalicHeading, isMeetingLine, isPlainHeading, isSectionHeading, isTableRow } from './furniture';
import { stripMarkers } from './inline';
import {
  matchItemLabel,
  matchNegotiationLabel,
  matchOperativeLabel,
  matchSubparagraphLabel,
  type NegotiationLabelMatch,
  opensWithCapital,
  type OperativeLabelMatch,
  type SubparagraphLabelMatch,
} from './labels';
import { leadingWords, opensWithItalicTitle } from './leads';
import { capitalised, continuesParagraph, isBlankRange, lastMeaningfulChar, lineEndMark, opensInCapital, PARAGRAPH_MARKS } from './lineText';
import { PAGE_FOOTNOTE } from './pages';
import type { OtherBlock, OtherBlockKind } from './types';

/**
 * The first pass of the parser: lines → units (the blocks of one paragraph or subparagraph, with the label
 * it opens with), and the other blocks (headings, page furniture, footnotes, closing lines, annexes,
 * tables) set aside. One line at a time, with a little state about the lines before.
 */

export type LabelMatch =
  | { readonly type: 'operative'; readonly m: OperativeLabelMatch }
  | { readonly type: 'negotiation'; readonly m: NegotiationLabelMatch }
  | { readonly type: 'subparagraph'; readonly m: SubparagraphLabelMatch }
  /** An unlabelled block read as a point of the subparagraph above it (a subparagraph heading's text). */
  | { readonly type: 'point'; readonly heading: boolean };

const POINT: LabelMatch = { type: 'point', heading: false };
/** A heading among the subparagraphs of a list ("Urgent temporary measures:", "*Root causes of conflict*"). */
const LIST_HEADING: LabelMatch = { type: 'point', heading: true };

export interface Unit {
  readonly firstLine: number;
  /** Section headings seen before the unit. */
  readonly section: number;
  readonly label: LabelMatch | undefined;
  /**
   * The first and last line (inclusive) of each block, one pair after the other: [first, last, first, last…].
   * A flat array: a pair array per block was one more allocation per paragraph.
   */
  readonly blockLines: number[];
}

/** The lines of the document, as the parser holds them. */
export interface LineSource {
  readonly pages: Uint8Array | undefined;
  line(i: number): string;
  isBlank(i: number): boolean;
  /** The offset where line `i`'s text ends, trailing spaces excluded. */
  trimmedLineEnd(i: number): number;
  /** Sets a block aside, from the first line's text to the last line's end. */
  addOther(kind: OtherBlockKind, firstLine: number, lastLine: number): OtherBlock;
  lastOther(): OtherBlock | undefined;
}

/** What reading a line leads to: the next line, the end of the body, or the line-end bookkeeping of text. */
type Step = 'next' | 'stop' | 'text';

export function collectUnits(source: LineSource, from: number, to: number, lexicon: Lexicon): Unit[] {
  return new UnitCollector(source, to, lexicon).collect(from);
}

class UnitCollector {
  private readonly units: Unit[] = [];
  private i = 0;
  /** The unit the previous non-blank line belongs to. */
  private current: Unit | undefined;
  /** The unit a lower-case block would continue. */
  private lastParagraph: Unit | undefined;
  /** The last unit that is not a subparagraph or item. */
  private lastTop: Unit | undefined;
  /** A paragraph ending with ":" whose unlabelled text follows it. */
  private colonRun: Unit | undefined;
  /** A closing or footnote block that swallows its wrapped lines. */
  private inOther: OtherBlock | undefined;
  private afterBreak = true;
  /** The last character of the previous line, after closing markers. */
  private previousEnd = '';
  /** Past the meeting line that closes the resolution. */
  private ended = false;
  private section = 0;
  /** Page furniture since the last line of text: a paragraph may run on over it. */
  private pageBreak = false;
  /** The previous line was a number alone ("1. "), its text on the next line. */
  private bareLabel = false;
  /** The last paragraph closed with "to remain seized of the matter.". */
  private closedByFormula = false;

  constructor(
    private readonly source: LineSource,
    private readonly to: number,
    private readonly lexicon: Lexicon,
  ) {}

  collect(from: number): Unit[] {
    for (this.i = from; this.i < this.to; this.i++) {
      if (this.readLine() === 'stop') break;
    }
    return this.units;
  }

  private readLine(): Step {
    const i = this.i;
    const page = this.source.pages?.[i];
    if (page) return this.pageLine(i, page);
    if (this.source.isBlank(i)) {
      this.afterBreak = true;
      this.bareLabel = false;
      this.current = undefined;
      this.inOther = undefined;
      return 'next';
    }
    const s = this.source.line(i);
    if (!this.afterBreak && this.inOther) {
      this.extend(this.inOther, i);
      return 'next';
    }
    const other = this.otherLine(i, s);
    if (other) return other;
    // A label opens a line after a blank line or after a line that ended its sentence; elsewhere it is a
    // wrapped line that happens to start with "(a)" or "5." ("…paragraph 3 / (a) of resolution…").
    const found = labelOf(s);
    const label = found && (this.afterBreak || this.previousEnd === '' || PARAGRAPH_MARKS.includes(this.previousEnd)) && !this.bareLabel ? found : undefined;
    if (!label && this.afterBreak && isClosingLine(s)) {
      this.closingLine(i);
      this.lastParagraph = undefined;
      return 'next';
    }
    if (label) {
      this.startTop(i, label, label.type !== 'subparagraph');
    } else if (this.afterBreak && this.closedByFormula && !continuesParagraph(s)) {
      // After "*Decides* to remain seized of the matter." the resolution is over: text that follows
      // without a label is its annex, even under a heading that does not say "Annex" (a listed name).
      this.source.addOther('annex', i, this.to - 1);
      return 'stop';
    } else if (this.afterBreak) {
      if (this.openBlock(i, s) === 'next') return 'next';
    } else if (this.current && (this.bareLabel || !this.opensParagraph(s))) {
      this.current.blockLines[this.current.blockLines.length - 1] = i; // a wrapped line of the same paragraph
    } else {
      this.startTop(i, undefined, true);
    }
    this.afterBreak = false;
    this.pageBreak = false;
    this.previousEnd = lineEndMark(s);
    this.closedByFormula = this.previousEnd === '.' && this.current !== undefined && endsWithClosingFormula(s, this.lexicon);
    this.bareLabel = label !== undefined && isBareLabel(s, label);
    return 'text';
  }

  /** A running head or a page footnote of text copied from a PDF: set aside, the paragraph may run on. */
  private pageLine(i: number, page: number): Step {
    if (page === PAGE_FOOTNOTE && this.inOther?.kind === 'footnote') this.extend(this.inOther, i);
    else if (!this.source.isBlank(i)) {
      const block = this.source.addOther(page === PAGE_FOOTNOTE ? 'footnote' : 'furniture', i, i);
      this.inOther = page === PAGE_FOOTNOTE ? block : undefined;
    }
    this.pageBreak = true;
    this.afterBreak = true;
    this.current = undefined;
    return 'next';
  }

  /** Furniture, an annex, a table row or what follows the meeting line; undefined for a line of text. */
  private otherLine(i: number, s: string): Step | undefined {
    const furniture = furnitureKind(s);
    if (furniture) {
      const block = this.source.addOther(furniture, i, i);
      this.inOther = furniture === 'footnote' ? block : undefined;
      this.afterBreak = true;
      this.pageBreak = true;
      this.current = undefined;
      return 'next';
    }
    if (isAnnexHeading(s)) {
      this.source.addOther('annex', i, this.to - 1);
      return 'stop';
    }
    if (isTableRow(s)) {
      // A table ("as set out in the table below:") is one block of its own; the text after it may still
      // belong to the paragraph that introduced it.
      const last = this.source.lastOther();
      if (last?.kind === 'table' && !this.afterBreak) this.extend(last, i);
      else this.source.addOther('table', i, i);
      this.current = undefined;
      this.afterBreak = false;
      return 'next';
    }
    if (this.ended || isMeetingLine(s)) {
      // The meeting line and its date end the resolution; only footnotes and annexes (read above) follow.
      this.closingLine(i);
      this.ended = true;
      this.lastParagraph = undefined;
      return 'next';
    }
    return undefined;
  }

  private closingLine(i: number): void {
    this.inOther = this.source.addOther('closing', i, i);
    this.afterBreak = false;
    this.current = undefined;
  }

  /**
   * A block after a blank line without a label: a section heading, the continuation of a paragraph above
   * (see `attachment`), a point or heading of a list, or a paragraph of its own.
   */
  private openBlock(i: number, s: string): Step | undefined {
    if (this.sectionHeading(i, s)) return 'next';
    // A paragraph cut mid-sentence by a page break goes on after the running head, whatever its case.
    const runsOnAfterPage = this.runsOnAfterPage();
    const last = this.lastParagraph ?? this.colonRun;
    const attach = runsOnAfterPage && this.lastParagraph ? this.lastParagraph : last ? this.attachment(last, s) : undefined;
    if (attach && attach !== 'point' && attach !== 'heading') {
      // A block that continues a paragraph: split by a page break, a wrap-up after its subparagraphs, or
      // the text that "Decides that:" introduces.
      attach.blockLines.push(i, i);
      this.current = attach;
      if (this.previousEnd === ':' && attach === this.lastTop) this.colonRun = attach;
    } else if (attach) {
      this.startUnit(i, attach === 'point' ? POINT : LIST_HEADING);
    } else {
      this.startTop(i, undefined, true);
    }
    return undefined;
  }

  /** A heading between blank lines (one line, or two short ones); true when line `i` is one, read. */
  private sectionHeading(i: number, s: string): boolean {
    const { source, to } = this;
    const nextBlank = i + 1 >= to || source.isBlank(i + 1);
    // A heading is one line (or two, see below) between blank lines: other blocks are not tested.
    const headingShaped = nextBlank || (i + 2 < to && source.isBlank(i + 2));
    if (!headingShaped) return false;
    const sectionHeading = isSectionHeading(s);
    // An italic line between subparagraphs heads a part of their list (see `attachment`), not a section.
    const lastType = (this.lastParagraph ?? this.colonRun)?.label?.type;
    const italicHeading = lastType !== 'subparagraph' && lastType !== 'point' && isItalicHeading(s);
    const heading =
      sectionHeading || (PARAGRAPH_MARKS.includes(this.previousEnd) && !this.runsOnAfterPage() && (isPlainHeading(s) || italicHeading) && !this.pageBreakAfter(i));
    // A plain heading may wrap onto a second line ("Establishment and operationalization of the … /
    // Investment Dispute Resolution"), both lines short and without punctuation.
    const wrapped = !nextBlank && heading && !sectionHeading && i + 2 < to && source.isBlank(i + 2) && !source.pages?.[i + 1] && isPlainHeading(capitalised(source.line(i + 1)));
    if (!(nextBlank || wrapped) || !heading || this.lexicon.match(leadingWords(s))) return false;
    source.addOther('section-heading', i, wrapped ? i + 1 : i);
    if (wrapped) this.i++;
    this.section++;
    // A heading inside the text that "*Approves* … as set out below:" introduces belongs to that text.
    const introduces = this.previousEnd === ':' && this.lastTop !== undefined && this.lastParagraph === this.lastTop && this.introducesText(this.lastTop);
    this.colonRun = this.colonRun ?? (introduces ? this.lastTop : undefined);
    this.lastParagraph = undefined;
    this.afterBreak = true;
    return true;
  }

  /** Whether the text before the page break stopped mid-sentence. */
  private runsOnAfterPage(): boolean {
    return this.pageBreak && this.previousEnd !== '' && !PARAGRAPH_MARKS.includes(this.previousEnd);
  }

  /** Whether a wrapped line opens a paragraph of its own: after a sentence's end, a capital and a known phrase. */
  private opensParagraph(s: string): boolean {
    return PARAGRAPH_MARKS.includes(this.previousEnd) && this.previousEnd !== '' && opensInCapital(s) && Boolean(this.lexicon.match(leadingWords(s)));
  }

  private startUnit(i: number, label: LabelMatch | undefined): Unit {
    const unit: Unit = { firstLine: i, section: this.section, label, blockLines: [i, i] };
    this.units.push(unit);
    this.current = unit;
    this.lastParagraph = unit;
    return unit;
  }

  /** A unit that may head what follows: a paragraph (`top`), or a subparagraph (not top). */
  private startTop(i: number, label: LabelMatch | undefined, top: boolean): void {
    const unit = this.startUnit(i, label);
    if (top) this.lastTop = unit;
    this.colonRun = undefined;
  }

  private extend(block: OtherBlock, i: number): void {
    (block as Mutable<OtherBlock>).end = this.source.trimmedLineEnd(i);
  }

  /**
   * Whether a page break follows line `i` (after blank lines): the line is then the first line of a
   * paragraph the page cut, not a heading, however short it is.
   */
  private pageBreakAfter(i: number): boolean {
    for (let k = i + 1; k < this.to && k <= i + 4; k++) {
      if (this.source.pages?.[k]) return true;
      if (this.source.isBlank(k)) continue;
      return furnitureKind(this.source.line(k)) !== undefined;
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
  private attachment(last: Unit, s: string): Unit | 'point' | 'heading' | undefined {
    const { lastTop: top, colonRun, previousEnd } = this;
    const lastIsSub = last.label?.type === 'subparagraph' || last.label?.type === 'point';
    if (continuesParagraph(s)) return lastIsSub && top && (previousEnd === ';' || previousEnd === '.') ? top : last;
    // After a paragraph that neither heads a list nor introduces text, a block is a paragraph of its own:
    // the leading phrase need not be read (most preambular paragraphs end here).
    if (!lastIsSub && !colonRun && previousEnd !== ':') return undefined;
    if (!opensWithItalicTitle(s) && this.lexicon.match(leadingWords(s))) return undefined;
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
        const lastLine = this.source.line(last.blockLines[last.blockLines.length - 1]!).trimEnd();
        return lastLine.endsWith('*') || lastLine.endsWith('_') ? 'point' : last;
      }
    }
    if (colonRun && colonRun === top) return colonRun;
    if (top && last === top && previousEnd === ':' && this.introducesText(top)) return top;
    return undefined;
  }

  /** A numbered paragraph, or an unnumbered one that opens with an operative verb. */
  private introducesText(unit: Unit): boolean {
    if (unit.label?.type === 'operative' || (unit.label?.type === 'negotiation' && unit.label.m.kind === 'OP')) return true;
    return !unit.label && this.lexicon.match(leadingWords(this.source.line(unit.firstLine)))?.entry.kind === 'operative';
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
  if (opensWithCapital(s)) return undefined; // most lines: no label, and neither expression runs
  const m = matchSubparagraphLabel(s) ?? matchItemLabel(s);
  return m ? { type: 'subparagraph', m } : undefined;
}

const SPACES = /[\s\u00a0\u202f]+/g;

/** Whether a line ends the resolution with its closing formula ("…to remain seized of the matter."). */
function endsWithClosingFormula(s: string, lexicon: Lexicon): boolean {
  const tail = normalizeWord(stripMarkers(s.slice(-90))).replace(SPACES, ' ');
  return lexicon.closing.some((formula) => tail.includes(`${formula}.`));
}

/** Whether the line holds its label only ("1. " then the text on the next line, as PDFs give it). */
function isBareLabel(s: string, label: LabelMatch): boolean {
  return isBlankRange(s, label.type === 'point' ? 0 : label.m.bodyStart, s.length);
}
