import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { OffsetEdit } from '../rules/types';

/**
 * Helpers for the edits the server proposes, in offsets of the document text. Shared by renumbering,
 * quick fixes and "fix all" so that every path applies edits the same way.
 */

/** Applies sorted, non-overlapping edits to a text in one pass. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

export function toTextEdits(document: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
}

type Segment = { readonly keep: true; readonly start: number; readonly end: number } | { readonly keep: false; readonly text: string };

const lengthOf = (s: Segment): number => (s.keep ? s.end - s.start : s.text.length);

function slice(s: Segment, from: number, to: number): Segment {
  return s.keep ? { keep: true, start: s.start + from, end: s.start + to } : { keep: false, text: s.text.slice(from, to) };
}

/**
 * Composes successive rounds of edits into one set of edits on the original text, so that "fix all" reaches
 * its fixed point in several passes yet goes to the editor as one edit (one undo step), touching only what
 * changed. The current text is a list of segments: runs kept from the original and inserted text.
 */
export class EditComposer {
  private segments: Segment[];

  constructor(private readonly original: string) {
    this.segments = original.length > 0 ? [{ keep: true, start: 0, end: original.length }] : [];
  }

  /** Applies sorted, non-overlapping edits given in offsets of the current text. */
  apply(edits: readonly OffsetEdit[]): void {
    const out: Segment[] = [];
    let index = 0; // segment being read
    let inner = 0; // offset inside it
    let pos = 0; // offset in the current text
    const advance = (count: number, keep: boolean): void => {
      while (count > 0) {
        const s = this.segments[index];
        if (!s) throw new Error('edit past the end of the text');
        const available = lengthOf(s) - inner;
        const n = Math.min(available, count);
        if (keep) out.push(slice(s, inner, inner + n));
        inner += n;
        count -= n;
        pos += n;
        if (inner === lengthOf(s)) {
          index++;
          inner = 0;
        }
      }
    };
    for (const e of edits) {
      if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
      advance(e.start - pos, true);
      advance(e.end - e.start, false);
      if (e.newText) out.push({ keep: false, text: e.newText });
    }
    if (index < this.segments.length) {
      const s = this.segments[index]!;
      if (inner < lengthOf(s)) out.push(slice(s, inner, lengthOf(s)));
      out.push(...this.segments.slice(index + 1));
    }
    this.segments = out.filter((s) => lengthOf(s) > 0);
  }

  /** The current text. */
  text(): string {
    return this.segments.map((s) => (s.keep ? this.original.slice(s.start, s.end) : s.text)).join('');
  }

  /** The edits that turn the original into the current text, minimal per changed region, sorted. */
  edits(): OffsetEdit[] {
    const edits: OffsetEdit[] = [];
    let origin = 0;
    let pending = '';
    const flush = (upTo: number): void => {
      if (upTo > origin || pending) {
        if (this.original.slice(origin, upTo) !== pending) edits.push({ start: origin, end: upTo, newText: pending });
      }
      pending = '';
    };
    for (const s of this.segments) {
      if (s.keep) {
        flush(s.start);
        origin = s.end;
      } else {
        pending += s.text;
      }
    }
    flush(this.original.length);
    return edits;
  }
}
