import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { Draft, DraftBlock, DraftPoint } from '../draft';
import type { InlineRun } from '../inline';
import { AKN_NS } from './dom';

const LANG3 = { en: 'eng', fr: 'fra', es: 'spa' } as const;

/**
 * A draft → Akoma Ntoso 3.0 in the shape of the UN's own files (AKN4UN): `statement name="resolution"`,
 * FRBR identification built from the symbol, date and language, the heading block in `coverPage` and
 * `preface`, `preamble` with the enacting formula and one `container` per preambular paragraph named after
 * its leading phrase, `mainBody` paragraphs with `num` and `content` or `list/intro/point`, citations as
 * links to undocs.org, footnotes as `authorialNote`, the closing lines in `conclusions`.
 */
export function draftToAkn(draft: Draft): string {
  const doc = new DOMImplementation().createDocument(AKN_NS, 'akomaNtoso', null);
  const w = new Writer(doc, draft);
  const root = doc.documentElement!;
  const statement = w.block(root, 'statement', { name: 'resolution' }, 1);
  w.meta(statement);
  w.cover(statement);
  w.preamble(statement);
  w.body(statement);
  w.conclusions(statement);
  w.close(statement, 1);
  root.appendChild(doc.createTextNode('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

class Writer {
  private eid = 0;
  private readonly notes = new Map<string, readonly InlineRun[]>();

  constructor(
    private readonly doc: Document,
    private readonly draft: Draft,
  ) {
    for (const n of draft.footnotes) this.notes.set(n.label, n.runs);
  }

  el(name: string, attrs: Record<string, string> = {}): Element {
    const e = this.doc.createElementNS(AKN_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  /** A structural child on its own indented line, as the UN's files are laid out. */
  block(parent: Element, name: string, attrs: Record<string, string>, depth: number): Element {
    const e = this.el(name, attrs);
    parent.appendChild(this.doc.createTextNode('\n' + '  '.repeat(depth)));
    parent.appendChild(e);
    return e;
  }

  close(parent: Element, depth: number): void {
    parent.appendChild(this.doc.createTextNode('\n' + '  '.repeat(depth)));
  }

  meta(statement: Element): void {
    const f = frbr(this.draft);
    const meta = this.block(statement, 'meta', {}, 2);
    const id = this.block(meta, 'identification', { source: '#unres' }, 3);
    const parts: [string, string, string, [string, Record<string, string>][]][] = [
      ['FRBRWork', `${f.work}!main/`, f.work, [['FRBRdate', { date: f.date, name: 'adoption' }], ['FRBRauthor', { href: f.author, as: 'author' }], ['FRBRcountry', { value: 'un' }]]],
      ['FRBRExpression', `${f.work}${f.lang}@!main/`, `${f.work}${f.lang}@/`, [['FRBRdate', { date: f.date, name: 'publication' }], ['FRBRauthor', { href: f.author, as: 'issuer' }], ['FRBRlanguage', { language: f.lang }]]],
      ['FRBRManifestation', `${f.work}${f.lang}@/!main.xml`, `${f.work}${f.lang}@.xml`, [['FRBRdate', { date: f.date, name: 'markup' }], ['FRBRauthor', { href: '#unres', as: 'editor' }]]],
    ];
    for (const [name, self, uri, rest] of parts) {
      const part = this.block(id, name, {}, 4);
      this.block(part, 'FRBRthis', { value: self }, 5);
      this.block(part, 'FRBRuri', { value: uri }, 5);
      for (const [n, a] of rest) this.block(part, n, a, 5);
      this.close(part, 4);
    }
    this.close(id, 3);
    this.close(meta, 2);
  }

  cover(statement: Element): void {
    const lines = this.draft.heading;
    const prefaceAt = lines.findIndex((l) => /^(?:[A-Z]{1,3}-)?\d+\/\d+(?: [A-Z])?\.\s/.test(l));
    const coverLines = prefaceAt >= 0 ? lines.slice(0, prefaceAt) : lines;
    if (coverLines.length) {
      const cover = this.block(statement, 'coverPage', { eId: 'coverPage_1' }, 2);
      for (const line of coverLines) {
        const p = this.block(cover, 'p', {}, 3);
        const kind = headingKind(line);
        if (kind) p.appendChild(this.text(kind[0], kind[1], line));
        else p.appendChild(this.doc.createTextNode(line));
      }
      this.close(cover, 2);
    }
    const title = prefaceAt >= 0 ? lines[prefaceAt]! : undefined;
    if (title === undefined) return;
    const preface = this.block(statement, 'preface', {}, 2);
    const p = this.block(preface, 'p', {}, 3);
    const dot = title.indexOf('. ');
    p.appendChild(this.text('docNumber', {}, title.slice(0, dot + 1)));
    p.appendChild(this.doc.createTextNode(' '));
    p.appendChild(this.text('docTitle', { refersTo: '#resolutionTitle' }, title.slice(dot + 2)));
    this.close(preface, 2);
    for (const extra of lines.slice(prefaceAt + 1)) this.block(preface, 'p', {}, 3).appendChild(this.doc.createTextNode(extra));
  }

  text(name: string, attrs: Record<string, string>, text: string): Element {
    const e = this.el(name, attrs);
    e.appendChild(this.doc.createTextNode(text));
    return e;
  }

  preamble(statement: Element): void {
    const organ = this.draft.organ;
    const preambles = this.draft.blocks.filter((b) => b.kind === 'preamble');
    if (!organ && preambles.length === 0) return;
    const preamble = this.block(statement, 'preamble', {}, 2);
    if (organ) {
      const formula = this.block(preamble, 'formula', { name: 'enactingFormula', eId: `formula_${++this.eid}` }, 3);
      this.inline(this.block(formula, 'p', {}, 4), organ.runs);
      this.close(formula, 3);
    }
    for (const b of preambles) {
      if (b.kind !== 'preamble') continue;
      const container = this.block(preamble, 'container', { name: b.lead ?? 'preambularParagraph', eId: `container_${++this.eid}` }, 3);
      this.inline(this.block(container, 'p', {}, 4), b.runs);
      this.close(container, 3);
    }
    this.close(preamble, 2);
  }

  body(statement: Element): void {
    const blocks = this.draft.blocks.filter((b) => b.kind !== 'preamble');
    if (blocks.length === 0) return;
    const body = this.block(statement, 'mainBody', {}, 2);
    for (const b of blocks) this.paragraph(body, b);
    this.close(body, 2);
  }

  paragraph(body: Element, b: DraftBlock): void {
    const id = `para_${++this.eid}`;
    if (b.kind === 'heading') {
      const para = this.block(body, 'paragraph', { eId: id, class: 'H23' }, 3);
      this.block(para, 'subheading', {}, 4).appendChild(this.doc.createTextNode(b.text));
      this.close(para, 3);
      return;
    }
    if (b.kind !== 'operative') return;
    const para = this.block(body, 'paragraph', { eId: id, class: 'SingleTxt' }, 3);
    if (b.number) this.block(para, 'num', {}, 4).appendChild(this.doc.createTextNode(b.number));
    if (b.points.length === 0) {
      const content = this.block(para, 'content', { eId: `${id}__content` }, 4);
      this.inline(this.block(content, 'p', {}, 5), b.runs);
      this.close(content, 4);
    } else {
      const list = this.block(para, 'list', { eId: `${id}_list` }, 4);
      const intro = this.block(list, 'intro', { eId: `${id}_list_intro` }, 5);
      this.inline(this.block(intro, 'p', {}, 6), b.runs);
      this.close(intro, 5);
      this.points(list, b.points, `${id}_list`, 5);
      if (b.wrapUp.length) {
        const wrap = this.block(list, 'wrapUp', { eId: `${id}_list_wrapup` }, 5);
        this.inline(this.block(wrap, 'p', {}, 6), b.wrapUp);
        this.close(wrap, 5);
      }
      this.close(list, 4);
    }
    this.close(para, 3);
  }

  /** Points one after another; a point's own points follow it in a `sublist`, as the UN nests them. */
  points(list: Element, points: readonly DraftPoint[], prefix: string, depth: number): void {
    for (const [i, pt] of points.entries()) {
      const id = `${prefix}_point_${i + 1}`;
      const point = this.block(list, 'point', { eId: id }, depth);
      if (pt.label) this.block(point, 'num', {}, depth + 1).appendChild(this.doc.createTextNode(pt.label));
      const content = this.block(point, 'content', { eId: `${id}_content` }, depth + 1);
      this.inline(this.block(content, 'p', {}, depth + 2), pt.runs);
      this.close(content, depth + 1);
      this.close(point, depth);
      if (pt.points.length) {
        const sub = this.block(list, 'sublist', { eId: `${id}_sublist` }, depth);
        this.points(sub, pt.points, `${id}_sublist`, depth + 1);
        this.close(sub, depth);
      }
    }
  }

  conclusions(statement: Element): void {
    if (this.draft.closing.length === 0) return;
    const conclusions = this.block(statement, 'conclusions', { eId: 'conclusions' }, 2);
    const p = this.block(conclusions, 'p', {}, 3);
    for (const [i, line] of this.draft.closing.entries()) {
      if (i > 0) p.appendChild(this.el('eol'));
      p.appendChild(this.doc.createTextNode(line));
    }
    this.close(conclusions, 2);
  }

  inline(p: Element, runs: readonly InlineRun[]): void {
    for (const r of runs) {
      if (r.note !== undefined) {
        const note = this.el('authorialNote', { marker: r.note, placement: 'bottom', eId: `authorialNote_${r.note}` });
        this.inline(note.appendChild(this.el('p')) as Element, this.notes.get(r.note) ?? []);
        p.appendChild(note);
        continue;
      }
      let target: Element = p;
      if (r.bold) target = target.appendChild(this.el('b')) as Element;
      if (r.italic) target = target.appendChild(this.el('span', { class: 'italic' })) as Element;
      if (r.href !== undefined) target = target.appendChild(this.el('a', { href: r.href })) as Element;
      target.appendChild(this.doc.createTextNode(r.text));
    }
  }
}

/** The heading lines the UN marks up, by what they say. */
function headingKind(line: string): [string, Record<string, string>] | undefined {
  if (/^(?:S|A|E)\/(?:[A-Z0-9.-]+\/)*RES\//.test(line)) return ['docNumber', { refersTo: '#symbol' }];
  if (/^(?:Adopted|Adoptée?|Aprobada)\b/i.test(line)) return ['docTitle', { refersTo: '#adoption' }];
  if (/^(?:Resolution adopted|Résolution adoptée|Resolución aprobada)\b/i.test(line)) return ['docTitle', {}];
  if (/^\[.*\]$/.test(line)) return ['docProponent', {}];
  if (/\bsession$|período de sesiones$/i.test(line)) return ['session', { refersTo: '#generalAssembly' }];
  if (/^(?:Agenda items?|Points? \d|Temas? \d)/i.test(line)) return ['inline', { name: 'agenda item' }];
  return undefined;
}

interface Frbr {
  readonly work: string;
  readonly date: string;
  readonly lang: string;
  readonly author: string;
}

/** `/akn/un/statement/deliberation/unsc/2020-02-11/2508-2020/`, as the UN's files name the work. */
function frbr(draft: Draft): Frbr {
  const f = draft.facts;
  const d = f.date;
  const date = d ? `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}` : '0001-01-01';
  const ga = draft.body === 'general-assembly' || (f.gaNumber !== undefined && f.scNumber === undefined);
  const author = ga ? 'ga' : draft.body === 'security-council' || f.scNumber !== undefined ? 'sc' : 'un';
  const number = ga
    ? f.gaSession && f.gaNumber !== undefined ? `${f.gaSession.number}-${f.gaNumber}` : 'draft'
    : f.scNumber !== undefined ? `${f.scNumber}-${f.date?.year ?? 'draft'}` : 'draft';
  return { work: `/akn/un/statement/deliberation/${author === 'un' ? 'un' : `un${author}`}/${date}/${number}/`, date, lang: LANG3[draft.language], author };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
