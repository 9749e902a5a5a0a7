import mammoth from 'mammoth';
import { parseResolution } from '../../model/parser';
import { InterchangeError, checkSize } from '../errors';

/** The parts of mammoth's document tree this reader uses (mammoth types them as `any`). */
interface DocNode {
  readonly type: string;
  readonly children?: readonly DocNode[];
  readonly value?: string;
  readonly isItalic?: boolean;
  readonly isBold?: boolean;
  readonly href?: string;
  readonly noteType?: string;
  readonly noteId?: string;
  readonly numbering?: { readonly level: string; readonly isOrdered: boolean } | null;
  readonly body?: readonly DocNode[];
  readonly notes?: { resolve(reference: DocNode): DocNode | null };
}

export interface DocxImport {
  readonly markdown: string;
  /** For each 0-based line of the Markdown, the 1-based paragraph of the Word document it came from (0: none). */
  readonly paragraphOfLine: readonly number[];
}

/**
 * A Word document → the Markdown draft: italics and bold as `*…*` and `**…**`, paragraphs numbered by
 * Word's list numbering given their numbers as the UN prints them (level 1 "1.", level 2 "(a)", level 3
 * "(i)", bullets "–"), typed numbers kept, footnotes as `[^n]`, tables as lines of cells. Mammoth reads the
 * document; this walks its tree.
 */
export async function docxToMarkdown(bytes: Uint8Array): Promise<DocxImport> {
  checkSize(bytes.byteLength);
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new InterchangeError('not-zip', 'the file is not a Word document (.docx files are zip archives, and this one is not)');
  }
  let document: DocNode | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (d: DocNode) => {
          document = d;
          return d;
        },
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/main document part|word\/document\.xml/i.test(message)) {
      throw new InterchangeError('not-docx', 'the zip archive is not a Word document (it has no word/document.xml)');
    }
    throw new InterchangeError('not-zip', `the file is not a readable Word document (${message.split('\n')[0]})`);
  }
  if (!document) throw new InterchangeError('not-docx', 'the zip archive is not a Word document');
  return new Reader(document).read();
}

class Reader {
  /** Paragraph blocks with their Word paragraph number. */
  private readonly blocks: { text: string; paragraph: number }[] = [];
  private readonly notes: string[] = [];
  private readonly noteNumbers = new Map<string, number>();
  private paragraph = 0;
  private readonly counters: number[] = [];

  constructor(private readonly document: DocNode) {}

  read(): DocxImport {
    for (const node of this.document.children ?? []) this.block(node);
    return this.assemble();
  }

  private block(node: DocNode): void {
    if (node.type === 'paragraph') {
      this.paragraph++;
      const text = this.inline(node.children ?? []).replace(/[ \t]+/g, ' ').trim();
      const label = this.label(node, text);
      if (text) this.blocks.push({ text: label ? `${label} ${text}` : text, paragraph: this.paragraph });
    } else if (node.type === 'table') {
      for (const row of node.children ?? []) {
        const first = this.paragraph + 1;
        const cells = (row.children ?? []).map((cell) => this.cellText(cell));
        if (cells.some(Boolean)) this.blocks.push({ text: `| ${cells.join(' | ')} |`, paragraph: first });
      }
    }
  }

  private cellText(cell: DocNode): string {
    return (cell.children ?? [])
      .filter((p) => p.type === 'paragraph')
      .map((p) => {
        this.paragraph++;
        return this.inline(p.children ?? []).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
      })
      .filter(Boolean)
      .join(' ');
  }

  /** The number Word's list numbering shows, as the UN writes it; a level restarts under its parent. */
  private label(node: DocNode, text: string): string {
    const numbering = node.numbering;
    if (!numbering || text === '') return '';
    const level = Number(numbering.level) || 0;
    this.counters.length = level + 1;
    const n = (this.counters[level] = (this.counters[level] ?? 0) + 1);
    if (!numbering.isOrdered) return '–';
    if (level === 0) return `${n}.`;
    if (level === 1) return `(${letters(n)})`;
    return `(${roman(n)})`;
  }

  /** Runs with the same marks side by side ("Decides" + " also" in two italic runs) are one `*…*`. */
  private inline(nodes: readonly DocNode[]): string {
    const pieces: { text: string; marker: string }[] = [];
    const add = (text: string, marker: string): void => {
      const last = pieces[pieces.length - 1];
      if (last && last.marker === marker) last.text += text;
      else pieces.push({ text, marker });
    };
    for (const n of nodes) {
      if (n.type === 'run') add(this.inline(n.children ?? []), (n.isBold ? '**' : '') + (n.isItalic ? '*' : ''));
      else if (n.type === 'text') add(n.value ?? '', '');
      else if (n.type === 'tab' || n.type === 'break') add(' ', '');
      else if (n.type === 'hyperlink') {
        const inner = this.inline(n.children ?? []);
        add(n.href && /^https?:/.test(n.href) ? `[${inner}](${n.href.replace(/\s+/g, '')})` : inner, '');
      } else if (n.type === 'noteReference' && n.noteType === 'footnote') add(`[^${this.note(n)}]`, '');
      else if (n.children) add(this.inline(n.children), '');
    }
    return pieces.map((p) => marked(p.text, p.marker)).join('');
  }

  private note(ref: DocNode): number {
    const known = this.noteNumbers.get(ref.noteId ?? '');
    if (known !== undefined) return known;
    const number = this.notes.length + 1;
    this.noteNumbers.set(ref.noteId ?? '', number);
    this.notes.push('');
    const note = this.document.notes?.resolve(ref);
    const paragraphs = (note?.body ?? []).filter((p) => p.type === 'paragraph');
    this.notes[number - 1] = paragraphs.map((p) => this.inline(p.children ?? []).replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
    return number;
  }

  /**
   * Blocks are separated by blank lines, except the heading block above the organ line, whose lines follow
   * one another as the corpus writes them. Adjacent italic runs ("*Decides*" "* also*") are one.
   */
  private assemble(): DocxImport {
    const texts = this.blocks.map((b) => b.text);
    const probe = texts.join('\n\n');
    const model = parseResolution(probe);
    const organLine = model.organ ? probe.slice(0, model.organ.start).split('\n').length - 1 : -1;
    // Each block is one line of the probe, two lines apart.
    const organBlock = organLine < 0 ? 0 : Math.floor(organLine / 2);
    // The closing lines ("41st plenary meeting", the date) follow the footnotes, one after the other.
    const closing = new Set(
      texts.map((_t, i) => i).filter((i) => {
        const at = model.lineStarts[2 * i] ?? -1;
        return model.others.some((o) => o.kind === 'closing' && o.start <= at && at < o.end);
      }),
    );
    const lines: string[] = [];
    const paragraphOfLine: number[] = [];
    const push = (text: string, paragraph: number, blank: boolean): void => {
      if (blank && lines.length) {
        lines.push('');
        paragraphOfLine.push(0);
      }
      lines.push(text);
      paragraphOfLine.push(paragraph);
    };
    texts.forEach((text, i) => {
      // The heading block is plain lines: the bold of a printed title is layout, not text.
      if (i < organBlock) push(text.replace(/\*+/g, ''), this.blocks[i]!.paragraph, false);
      // A paragraph wholly in bold below the organ line is a heading inside the body, as the export writes it.
      else if (/^\*\*[^*]+\*\*$/.test(text)) push(`### ${text.slice(2, -2)}`, this.blocks[i]!.paragraph, true);
      else if (!closing.has(i)) push(text, this.blocks[i]!.paragraph, true);
    });
    for (const [i, note] of this.notes.entries()) push(`[^${i + 1}]: ${note}`, 0, true);
    [...closing].forEach((i, k) => push(texts[i]!, this.blocks[i]!.paragraph, k === 0));
    return { markdown: lines.join('\n') + '\n', paragraphOfLine };
  }
}

/** Spaces at the edges of a marked run go outside its markers, as a drafter types them. */
function marked(text: string, marker: string): string {
  if (!marker || text.trim() === '') return text;
  const m = /^(\s*)([^]*?)(\s*)$/.exec(text)!;
  return `${m[1]}${marker}${m[2]}${[...marker].reverse().join('')}${m[3]}`;
}

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  let k = n;
  for (const [v, r] of table) while (k >= v) ((s += r), (k -= v));
  return s;
}
