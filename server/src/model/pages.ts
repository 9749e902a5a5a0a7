import { furnitureKind } from './furniture';

/**
 * The page furniture of text copied out of a PDF, which no single line shows on its own:
 * - the running head after a page break: the symbol, the job number, "2/3", and in adopted resolutions the
 *   short title over one or two lines, in either order ("A/RES/80/22 / Role of science … / 25-19976 / 2/3"
 *   on even pages, "Role of … / A/RES/80/22 / 3/3 / 25-19976" on odd ones);
 * - the footnotes at the foot of a page: every line after the separator rule ("__________________") up to
 *   the page break, and the sponsor notes that stand there without a rule ("* Any changes to the list of
 *   sponsors will be reflected…").
 * A page break is a truly empty line: the extractor writes the blank lines between paragraphs as a single
 * space. Text typed in an editor has no running heads, so nothing here matches it.
 */
export type PageLine = 0 | 1 | 2;
export const TEXT: PageLine = 0;
/** Running heads and the rule above a page's footnotes. */
export const PAGE_FURNITURE: PageLine = 1;
export const PAGE_FOOTNOTE: PageLine = 2;

/** The rule above the footnotes of a page: 10 or more underscores (the UN's PDFs print 15 or 18). */
const FOOTNOTE_RULE = /^[ \t]*_{10,}[ \t]*$/;
/** "2/3", "12/40": the page number of the running head. */
const PAGE_OF = /^[ \t]*\d{1,3}[ \t]*\/[ \t]*\d{1,3}[ \t]*$/;
/** The longest line a running head holds (its title lines included). */
const HEAD_LINE = 80;
/** A document symbol alone on its line, as running heads print it. */
const HEAD_SYMBOL = /^[ \t]*(?:A|S|E)\/[A-Z0-9.\-‑/() ]{2,40}[ \t]*$/;
/**
 * Sponsor and issue notes that sit at the foot of the first page with no rule above them, in the three
 * languages: data, so that a new form is one more line.
 */
const SPONSOR_NOTES: readonly string[] = [
  'Any changes to the list of sponsors',
  'On behalf of',
  'Reissued for technical reasons',
  'Toute modification de la liste des auteurs',
  'Au nom d',
  'Nouveau tirage pour raisons techniques',
  'Todo cambio en la lista de patrocinadores',
  'En nombre de',
  'Publicado nuevamente por razones técnicas',
];
const SPONSOR_NOTE = new RegExp(`^[ \\t]*\\*{1,3}[ \\t]*(?:${SPONSOR_NOTES.map(escape).join('|')})`, 'i');
/** How far after a page break the running head can reach (symbol, two title lines, blanks, job, page). */
const HEAD_WINDOW = 9;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Marks the lines of page furniture, or returns undefined when the text has none (the usual case for a
 * typed draft, which then costs one pass looking for a rule or an empty line followed by a head).
 */
export function pageFurniture(text: string, starts: readonly number[], ends: readonly number[]): Uint8Array | undefined {
  const count = starts.length;
  let marks: Uint8Array | undefined;
  const mark = (line: number, kind: PageLine): void => {
    marks ??= new Uint8Array(count);
    marks[line] = kind;
  };
  const lineAt = (i: number): string => text.slice(starts[i]!, ends[i]!);
  let inFootnotes = false;
  for (let i = 0; i < count; i++) {
    const empty = ends[i] === starts[i];
    if (empty) {
      inFootnotes = false;
      // Typed Markdown has an empty line between every two paragraphs: a long line after it is text, and
      // the look-ahead stops there without reading it.
      const head = i + 1 < count && ends[i + 1]! - starts[i + 1]! <= HEAD_LINE ? runningHeadEnd(lineAt, i + 1, count) : -1;
      if (head !== -1) {
        for (let k = i + 1; k <= head; k++) mark(k, PAGE_FURNITURE);
        i = head;
      }
      continue;
    }
    if (inFootnotes) {
      mark(i, PAGE_FOOTNOTE);
      continue;
    }
    const at = starts[i]! + leadingBlank(text, starts[i]!, ends[i]!);
    const first = text.charCodeAt(at);
    if (first === 95 /* _ */ && FOOTNOTE_RULE.test(lineAt(i))) {
      mark(i, PAGE_FURNITURE);
      inFootnotes = true;
    } else if (first === 42 /* * */ && !isLetterCode(text.charCodeAt(at + 1)) && SPONSOR_NOTE.test(lineAt(i))) {
      // A note's asterisk is followed by a space ("*Recalling*" opens a paragraph). The note runs on to the
      // page break, over its wrapped lines.
      mark(i, PAGE_FOOTNOTE);
      inFootnotes = true;
    }
  }
  return marks;
}

/**
 * A line of the short title in an adopted resolution's running head: short, and touching the symbol, on
 * the line above or through the title lines below, with no blank line between.
 */
function isTitleLine(lineAt: (i: number) => string, k: number, count: number): boolean {
  if (lineAt(k).length > HEAD_LINE) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const above = lineAt(j);
    if (above.trim() === '') break;
    if (HEAD_SYMBOL.test(above)) return true;
  }
  for (let j = k + 1; j < count && j <= k + 2; j++) {
    const below = lineAt(j);
    if (below.trim() === '' || below.length > HEAD_LINE) return false;
    if (HEAD_SYMBOL.test(below)) return true;
  }
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function leadingBlank(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k - start;
}

/**
 * The last line of the running head that starts at `from`, or -1: within a few lines there must be a
 * page number ("2/3") and a document symbol; the lines between are blanks, furniture and the short title.
 * The head ends at the page number or at the job number right after it.
 */
function runningHeadEnd(lineAt: (i: number) => string, from: number, count: number): number {
  let symbol = false;
  let page = -1;
  const last = Math.min(count - 1, from + HEAD_WINDOW - 1);
  for (let k = from; k <= last; k++) {
    const s = lineAt(k);
    if (s.trim() === '') continue;
    if (PAGE_OF.test(s)) page = k;
    else if (HEAD_SYMBOL.test(s)) symbol = true;
    else if (!furnitureKind(s) && !isTitleLine(lineAt, k, count)) return -1; // a line of text: no head here
    if (page !== -1 && symbol) {
      // The job number may follow the page number (odd pages).
      let end = page;
      for (let j = page + 1; j <= Math.min(count - 1, page + 2); j++) {
        const t = lineAt(j);
        if (t.trim() === '') continue;
        if (furnitureKind(t) === 'furniture' && !PAGE_OF.test(t)) end = j;
        break;
      }
      return end;
    }
  }
  return -1;
}
