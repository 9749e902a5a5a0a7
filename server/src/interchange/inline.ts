/**
 * The inline marks of a paragraph's Markdown, as runs every writer (Akoma Ntoso, Word, the preview) turns
 * into its own markup: italics `*…*`/`_…_`, bold `**…**`, links `[text](url)`, footnote markers `[^1]`, and
 * the citations the checker recognised in plain text, which become links to the document they cite.
 */
export interface InlineRun {
  readonly text: string;
  readonly italic: boolean;
  readonly bold: boolean;
  readonly href?: string;
  /** A footnote marker: the footnote's label ("1"). */
  readonly note?: string;
}

/** A recognised citation: its document offsets and the link it gets. */
export interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

const NOTE = /^\[\^([^\]\s]+)\]/;
const LINK = /^\[((?:\\.|[^\]\\])*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/;

/**
 * Runs of `text` between `start` and `end` (document offsets); `links` must be in document order.
 * `emphasis` are spans printed in italics whatever the Markdown says: the organ line and leading phrases,
 * which the UN always prints in italics, even when a draft was typed without the markers.
 */
export function inlineRuns(text: string, start: number, end: number, links: readonly LinkSpan[] = [], emphasis: readonly { start: number; end: number }[] = []): InlineRun[] {
  const runs: InlineRun[] = [];
  let italic = false;
  let bold = false;
  let buffer = '';
  let bufferItalic = false;
  const forced = (at: number): boolean => emphasis.some((e) => e.start <= at && at < e.end);
  const flush = (): void => {
    if (buffer) runs.push({ text: buffer, italic: bufferItalic, bold });
    buffer = '';
  };
  const add = (s: string, at: number): void => {
    const now = italic || forced(at);
    if (now !== bufferItalic) flush();
    bufferItalic = now;
    buffer += s;
  };
  let li = 0;
  let i = start;
  while (i < end) {
    while (li < links.length && links[li]!.end <= i) li++;
    const link = links[li];
    const rest = text.slice(i, Math.min(end, i + 600));
    const ch = text[i]!;
    if (link && link.start === i && link.end <= end) {
      flush();
      runs.push({ text: stripMarks(text.slice(i, link.end)), italic, bold, href: link.href });
      i = link.end;
    } else if (ch === '\\' && i + 1 < end && /[\\*_[\]()#`~|-]/.test(text[i + 1]!)) {
      add(text[i + 1]!, i);
      i += 2;
    } else if (ch === '[' && NOTE.test(rest)) {
      const m = NOTE.exec(rest)!;
      flush();
      runs.push({ text: '', italic: false, bold: false, note: m[1]! });
      i += m[0].length;
    } else if (ch === '[' && LINK.test(rest)) {
      const m = LINK.exec(rest)!;
      flush();
      runs.push({ text: stripMarks(m[1]!), italic, bold, href: m[2]! });
      i += m[0].length;
    } else if (ch === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      i += 2;
    } else if (ch === '*' || (ch === '_' && isItalicUnderscore(text, i, italic))) {
      flush();
      italic = !italic;
      i++;
    } else {
      add(ch, i);
      i++;
    }
  }
  flush();
  return runs;
}

/** `_` marks italics only at a word's edge, so that "snake_case" and "A_B" stay as they are. */
function isItalicUnderscore(text: string, i: number, open: boolean): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return open ? !/[\p{L}\p{N}]/u.test(after) : !/[\p{L}\p{N}]/u.test(before) && /\S/.test(after);
}

export function stripMarks(s: string): string {
  return s.replace(/\\([\\*_[\]()])/g, '$1').replace(/\*+|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '');
}

/** The plain text of runs, footnote markers left out. */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => r.text).join('');
}
