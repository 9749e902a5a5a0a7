import type { Element, Node } from '@xmldom/xmldom';
import { InterchangeError } from '../errors';
import { child, children, elementChildren, parseXml, textOf } from './dom';

/**
 * Akoma Ntoso → the Markdown a drafter types, in the conventions of the project's corpus: the heading block
 * as plain lines, the organ line and leading phrases in `*…*`, one line per paragraph with blank lines
 * between, subparagraphs on their own lines with their labels as printed, footnotes as `[^n]`, closing
 * lines last. The UN's links are kept as Markdown links, so that nothing of the file is lost.
 */
export function aknToMarkdown(xml: string): string {
  const root = parseXml(xml);
  const doc = resolutionElement(root);
  const notes: Note[] = [];
  const blocks: string[] = [];
  const heading = headingLines(doc);
  if (heading.length) blocks.push(heading.join('\n'));
  const preamble = child(doc, 'preamble');
  if (preamble) for (const e of elementChildren(preamble)) blocks.push(...blockMarkdown(e, notes));
  const body = child(doc, 'mainBody');
  if (body) for (const e of elementChildren(body)) blocks.push(...blockMarkdown(e, notes));
  for (const note of notes) blocks.push(`[^${note.marker}]: ${note.text}`);
  const closing = child(doc, 'conclusions');
  if (closing) {
    const lines = children(closing, 'p').flatMap(linesOf).filter(Boolean);
    if (lines.length) blocks.push(lines.join('\n'));
  }
  return blocks.filter((b) => b !== '').join('\n\n') + '\n';
}

interface Note {
  readonly marker: string;
  readonly text: string;
}

/** The document inside `akomaNtoso`; anything else is refused with one clear line. */
function resolutionElement(root: Element): Element {
  if (root.localName !== 'akomaNtoso') {
    throw new InterchangeError('not-akn', `the XML file is not Akoma Ntoso (its root element is <${root.localName ?? root.nodeName}>, not <akomaNtoso>)`);
  }
  const doc = elementChildren(root).find((e) => child(e, 'mainBody') || child(e, 'preamble') || child(e, 'body'));
  if (!doc) throw new InterchangeError('not-akn', 'the Akoma Ntoso file holds no resolution text (no preamble or mainBody)');
  return doc;
}

/** Cover page elements that are page furniture, not lines a drafter types. */
function isFurniture(e: Element): boolean {
  const refersTo = e.getAttribute('refersTo') ?? '';
  return (
    e.localName === 'img' ||
    e.localName === 'docAuthority' ||
    e.localName === 'docStatus' ||
    (e.localName === 'docDate' && refersTo === '#dateOfIssuance') ||
    (e.localName === 'docTitle' && refersTo === '#resolutionNumber')
  );
}

function headingLines(doc: Element): string[] {
  const lines: string[] = [];
  const cover = child(doc, 'coverPage');
  if (cover) for (const p of children(cover, 'p')) lines.push(textWithout(p, isFurniture));
  // "75/100." and the title are two elements of one line.
  const preface = child(doc, 'preface');
  if (preface) for (const p of children(preface, 'p')) lines.push(elementChildren(p).map(textOf).filter(Boolean).join(' ') || textOf(p));
  return lines.filter(Boolean);
}

function textWithout(node: Node, skip: (e: Element) => boolean): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        if (!skip(c as Element)) walk(c);
      }
    }
  };
  walk(node);
  return out.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** A preambular container, the organ line, an operative paragraph or a heading: its Markdown blocks. */
function blockMarkdown(e: Element, notes: Note[]): string[] {
  const name = e.localName;
  if (name === 'formula' || name === 'container') return [paragraphsText(e, notes)];
  if (name === 'paragraph') return paragraphMarkdown(e, notes);
  if (name === 'subheading' || name === 'heading') return [`### ${textOf(e)}`];
  return [paragraphsText(e, notes)];
}

function paragraphMarkdown(e: Element, notes: Note[]): string[] {
  const out: string[] = [];
  const heading = child(e, 'subheading') ?? child(e, 'heading');
  if (heading) out.push(`### ${textOf(heading)}`);
  const num = child(e, 'num');
  const label = num ? textOf(num) : '';
  const content = child(e, 'content');
  const list = child(e, 'list');
  if (content) out.push(unnumberedHeading(label, list, paragraphsText(content, notes)));
  else if (list) out.push(...listMarkdown(list, label, notes));
  else if (label) out.push(label);
  return out;
}

/**
 * An unnumbered paragraph of the body that does not end as a paragraph does ("Renewal of the mandate",
 * "*Criterios de designación*") is a heading inside the body, written `### …` as the corpus writes it.
 */
function unnumberedHeading(label: string, list: Element | undefined, text: string): string {
  if (label || list || text === '' || /[.;:,]\**$/.test(text)) return labelled(label, text);
  return `### ${text}`;
}

/** `intro` goes on the paragraph's own line; each `point` (and each point of a `sublist`) on its own. */
function listMarkdown(list: Element, label: string, notes: Note[]): string[] {
  const out: string[] = [];
  let introDone = false;
  for (const c of elementChildren(list)) {
    if (c.localName === 'intro') {
      out.push(labelled(label, paragraphsText(c, notes)));
      introDone = true;
    } else if (c.localName === 'point') out.push(...pointMarkdown(c, notes));
    else if (c.localName === 'sublist' || c.localName === 'list') out.push(...listMarkdown(c, '', notes));
    else if (c.localName === 'wrapUp') out.push(paragraphsText(c, notes));
  }
  if (!introDone && label) out.unshift(label);
  return out;
}

function pointMarkdown(point: Element, notes: Note[]): string[] {
  const num = child(point, 'num');
  const label = num ? textOf(num) : '';
  const content = child(point, 'content');
  const list = child(point, 'list');
  if (list) return listMarkdown(list, label, notes);
  return [labelled(label, content ? paragraphsText(content, notes) : '')];
}

function labelled(label: string, text: string): string {
  return label && text ? `${label} ${text}` : label || text;
}

function paragraphsText(e: Element, notes: Note[]): string {
  const ps = children(e, 'p');
  return (ps.length ? ps : [e]).map((p) => inlineMarkdown(p, notes)).filter(Boolean).join(' ');
}

function linesOf(p: Element): string[] {
  const lines: string[] = [''];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) lines[lines.length - 1] += c.nodeValue ?? '';
      else if (c.nodeType === 1 && (c as Element).localName === 'eol') lines.push('');
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(p);
  return lines.map((l) => l.replace(/[ \t\r\n]+/g, ' ').trim());
}

/** A stretch of inline text with one set of marks: italic, a link, or a footnote marker. */
interface Run {
  text: string;
  italic: boolean;
  bold: boolean;
  href?: string;
  note?: string;
}

export function inlineMarkdown(p: Node, notes: Note[]): string {
  const runs: Run[] = [];
  collectRuns(p, { italic: false, bold: false }, runs, notes);
  return renderRuns(runs);
}

function collectRuns(n: Node, marks: { italic: boolean; bold: boolean }, runs: Run[], notes: Note[]): void {
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) runs.push({ text: c.nodeValue ?? '', ...marks });
    if (c.nodeType !== 1) continue;
    const e = c as Element;
    const cls = e.getAttribute('class') ?? '';
    if (e.localName === 'authorialNote' || e.localName === 'noteRef') {
      const marker = e.getAttribute('marker') ?? String(notes.length + 1);
      if (e.localName === 'authorialNote') notes.push({ marker, text: paragraphsText(e, notes) });
      runs.push({ text: '', italic: false, bold: false, note: marker });
    } else if (e.localName === 'a' && e.getAttribute('href')) {
      const href = (e.getAttribute('href') ?? '').replace(/\s+/g, '');
      const last = runs[runs.length - 1];
      // The UN sometimes splits one link in pieces ("72/262" + " C"): one link in Markdown.
      if (last?.href === href) last.text += e.textContent ?? '';
      else runs.push({ text: e.textContent ?? '', ...marks, href });
    } else if (e.localName === 'eol' || e.localName === 'br') runs.push({ text: ' ', ...marks });
    else {
      const italic = marks.italic || e.localName === 'i' || /\bitalic\b/.test(cls);
      const bold = marks.bold || e.localName === 'b' || /\bbold\b/.test(cls);
      collectRuns(e, { italic, bold }, runs, notes);
    }
  }
}

/**
 * Adjacent runs with the same marks are one stretch ("Supplément n" + "o" + " 23" in three italic spans is
 * one `*…*`); spaces at the edge of an italic stretch go outside its markers, as a drafter types them.
 */
function renderRuns(runs: readonly Run[]): string {
  let out = '';
  let i = 0;
  while (i < runs.length) {
    const first = runs[i]!;
    if (first.note !== undefined) {
      out += `[^${first.note}]`;
      i++;
      continue;
    }
    let piece = '';
    while (i < runs.length && runs[i]!.note === undefined && runs[i]!.italic === first.italic && runs[i]!.bold === first.bold) {
      const r = runs[i]!;
      piece += r.href !== undefined ? `[${normalise(r.text)}](${r.href})` : r.text;
      i++;
    }
    out += wrap(piece, first.italic ? '*' : '', first.bold ? '**' : '');
  }
  return normalise(out);
}

function wrap(piece: string, italic: string, bold: string): string {
  const marker = bold + italic;
  if (!marker) return piece;
  const m = /^(\s*)([^]*?)(\s*)$/.exec(piece)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${[...marker].reverse().join('')}${m[3]}` : piece;
}

function normalise(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').trim();
}
