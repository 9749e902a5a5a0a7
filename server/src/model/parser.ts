import { LANGUAGES, type Language, type Lexicon, lexiconFor } from '../lexicon';
import { classifyParagraphs, type MutableParagraph, splitParts } from './classify';
import { scanItalics, stripMarkers } from './inline';
import { letterOrdinal, matchNegotiationLabel, matchOperativeLabel, romanValue, type SubparagraphLabelMatch } from './labels';
import { LeadReader, leadingWords, leadingWordsAt } from './leads';
import { splitLines } from './lines';
import { endingOf, isBlankRange, isLowerCaseLetter, textStart, trimmedEnd } from './lineText';
import { matchOrganLine, type OrganMatch } from './organ';
import { pageFurniture } from './pages';
import type { LabelKind, OrganLine, OtherBlock, OtherBlockKind, Paragraph, ParagraphKind, ResolutionModel, SecondaryVerb, Span, SubparagraphLabel } from './types';
import { collectUnits, type LineSource, type Unit } from './units';

export { leadingWords } from './leads';

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

/** Rank of dash, bullet and unlabelled items: below every labelled level, siblings of each other. */
const ITEM_RANK = 10;

interface Building {
  paragraph: MutableParagraph;
  rank: number;
}

class Parser implements LineSource {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly others: OtherBlock[] = [];
  /** Set once the language is known. */
  private leads!: LeadReader;
  /** Running heads and page footnotes of text copied from a PDF, by line; undefined for typed text. */
  readonly pages: Uint8Array | undefined;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    const lines = splitLines(text);
    this.starts = lines.starts;
    this.ends = lines.ends;
    this.pages = pageFurniture(text, this.starts, this.ends);
  }

  line(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  isBlank(i: number): boolean {
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

    this.leads = new LeadReader(this.text, lexicon);
    const units = collectUnits(this, bodyStart, lineCount, lexicon);
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

  addOther(kind: OtherBlockKind, firstLine: number, lastLine: number): OtherBlock {
    const start = this.lineTextStart(firstLine);
    const block: OtherBlock = { kind, line: firstLine, start, end: trimmedEnd(this.text, start, this.ends[lastLine]!) };
    this.others.push(block);
    return block;
  }

  lastOther(): OtherBlock | undefined {
    return this.others[this.others.length - 1];
  }

  trimmedLineEnd(i: number): number {
    return trimmedEnd(this.text, this.starts[i]!, this.ends[i]!);
  }

  /** The offset where line `i`'s text starts, leading spaces excluded. */
  private lineTextStart(i: number): number {
    return textStart(this.text, this.starts[i]!, this.ends[i]!);
  }

  private buildParagraphs(units: readonly Unit[], lexicon: Lexicon): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    let top: MutableParagraph | undefined;
    const stack: Building[] = [];
    const levels: string[] = [];
    for (let u = 0; u < units.length; u++) {
      const unit = units[u]!;
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
          addSubparagraph(parent, paragraph);
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
        addSubparagraph(parent, paragraph);
        stack.push({ paragraph, rank });
        continue;
      }
      // The paragraph before is complete: its ending is settled while it is fresh, not in a pass of its own.
      if (top) this.settleIntroEndings(top);
      // Setting `length` is a call into the engine's runtime: only where there is something to drop.
      if (stack.length !== 0) stack.length = 0;
      if (levels.length !== 0) levels.length = 0;
      top = this.makeParagraph(unit, 'preamble', lexicon);
      paragraphs.push(top);
    }
    if (top) this.settleIntroEndings(top);
    classifyParagraphs(paragraphs as MutableParagraph[], this.text, lexicon);
    splitParts(paragraphs as MutableParagraph[]);
    return paragraphs;
  }

  /**
   * A paragraph whose wrap-up text follows its subparagraphs introduces them where its first blocks end;
   * one that introduces text of its own ("Decides that:" and what follows) does so where its first block ends.
   */
  private settleIntroEndings(p: MutableParagraph): void {
    const subparagraphs = p.subparagraphs;
    for (let k = 0; k < subparagraphs.length; k++) this.settleIntroEndings(subparagraphs[k] as MutableParagraph);
    const first = subparagraphs[0];
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
    for (let k = 1; k < p.blocks.length; k++) if (p.blocks[k]!.start < first.start) lead = p.blocks[k]!;
    p.introEnding = endingOf(this.text, Math.max(p.bodyStart, p.start), lead.end);
  }

  /** Settles "(i)", "(v)", "(x)": a letter when it follows h, u, w without introducing children. */
  private labelKind(m: SubparagraphLabelMatch, stack: readonly Building[]): LabelKind {
    if (m.numeric) return 'number';
    if (!m.romanCandidate) return 'letter';
    if (m.value.length > 1) return 'roman';
    let letterSibling: Building | undefined;
    for (let k = stack.length - 1; k >= 0 && !letterSibling; k--) if (stack[k]!.paragraph.label?.kind === 'letter') letterSibling = stack[k];
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
    const label = unit.label;
    let start = textStart(text, lineStart, lineEnd);
    let bodyStart = start;
    let number: Paragraph['number'];
    let negotiationLabel: Paragraph['negotiationLabel'];
    let subLabel: SubparagraphLabel | undefined;
    if (label?.type === 'operative') {
      const m = label.m;
      number = {
        start: lineStart + m.digitsStart,
        end: lineStart + m.labelEnd,
        raw: text.slice(lineStart + m.digitsStart, lineStart + m.labelEnd),
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
      const inner = matchOperativeLabel(text.slice(bodyStart, lineEnd));
      if (inner) {
        number = {
          start: bodyStart + inner.digitsStart,
          end: bodyStart + inner.labelEnd,
          raw: text.slice(bodyStart + inner.digitsStart, bodyStart + inner.labelEnd),
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
    const blockLines = unit.blockLines;
    if (label && blockLines[1]! > blockLines[0]! && isBlankRange(text, bodyStart, lineEnd)) {
      bodyStart = this.lineTextStart(blockLines[0]! + 1);
    }
    // Most paragraphs are one block: an array of one, not one grown by `push` with room for 16.
    const blocks: Span[] = [{ start, end: trimmedEnd(text, start, this.ends[blockLines[1]!]!) }];
    for (let k = 2; k < blockLines.length; k += 2) {
      const s = this.lineTextStart(blockLines[k]!);
      blocks.push({ start: s, end: trimmedEnd(text, s, this.ends[blockLines[k + 1]!]!) });
    }
    const end = blocks[blocks.length - 1]!.end;
    const lead = this.leads.read(bodyStart, Math.max(bodyStart, blocks[0]!.end));
    let secondaryVerbs: SecondaryVerb[] | undefined;
    const afterLead = lead ? lead.outer.end : bodyStart;
    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k]!;
      const from = Math.max(block.start, afterLead);
      if (from >= block.end) continue;
      const spans = scanItalics(text, from, block.end);
      for (let n = 0; n < spans.length; n++) {
        const { innerStart, innerEnd } = spans[n]!;
        if (!isLowerCaseLetter(text.charCodeAt(innerStart))) continue;
        const match = lexicon.match(leadingWordsAt(text, innerStart, innerEnd));
        if (match) (secondaryVerbs ??= []).push({ start: innerStart, end: innerEnd, text: stripMarkers(text.slice(innerStart, innerEnd)), match });
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
      secondaryVerbs: secondaryVerbs ?? NO_VERBS,
      ending,
      introEnding: ending,
      number,
      negotiationLabel,
      label: subLabel,
      level,
      subparagraphs: NO_SUBPARAGRAPHS,
      section: unit.section,
    };
  }
}

/**
 * The lists of a paragraph without secondary verbs or subparagraphs, shared (most paragraphs have
 * neither): never added to, as a parent's first subparagraph gives it a list of its own.
 */
const NO_VERBS: readonly SecondaryVerb[] = [];
const NO_SUBPARAGRAPHS: Paragraph[] = [];

function addSubparagraph(parent: MutableParagraph, paragraph: MutableParagraph): void {
  if (parent.subparagraphs === NO_SUBPARAGRAPHS) parent.subparagraphs = [paragraph];
  else parent.subparagraphs.push(paragraph);
}

/** "<!-- … -->" and nothing after it but spaces. */
function isCommentLine(rest: string): boolean {
  return rest.startsWith('<!--') && rest.trimEnd().endsWith('-->') && rest.indexOf('-->') === rest.trimEnd().length - 3;
}
