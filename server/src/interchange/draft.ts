import { analyseCitations, officialSymbol } from '../citations';
import type { DocumentFacts } from '../citations';
import type { Language } from '../lexicon';
import { lineOf } from '../model/lines';
import { parseResolution } from '../model/parser';
import type { Body, Paragraph, ResolutionModel } from '../model/types';
import { inlineRuns, stripMarks, type InlineRun, type LinkSpan } from './inline';

/**
 * A draft as every writer sees it (Akoma Ntoso, Word, the preview): the model's structure with each
 * paragraph's text as inline runs. Lines are 0-based lines of the Markdown, for the preview and for errors.
 */
export interface Draft {
  readonly language: Language;
  readonly body: Body | undefined;
  readonly heading: readonly string[];
  readonly facts: DocumentFacts;
  readonly organ: { readonly runs: readonly InlineRun[]; readonly line: number } | undefined;
  readonly blocks: readonly DraftBlock[];
  readonly footnotes: readonly { readonly label: string; readonly runs: readonly InlineRun[] }[];
  readonly closing: readonly string[];
}

export type DraftBlock =
  | { readonly kind: 'preamble'; readonly lead: string | undefined; readonly runs: readonly InlineRun[]; readonly line: number }
  | {
      readonly kind: 'operative';
      readonly number: string | undefined;
      readonly lead: string | undefined;
      readonly runs: readonly InlineRun[];
      readonly points: readonly DraftPoint[];
      readonly wrapUp: readonly InlineRun[];
      readonly line: number;
    }
  | { readonly kind: 'heading'; readonly text: string; readonly line: number };

export interface DraftPoint {
  readonly label: string;
  readonly level: number;
  readonly runs: readonly InlineRun[];
  readonly points: readonly DraftPoint[];
  readonly line: number;
}

export interface DraftOptions {
  readonly language?: Language;
  /**
   * Print the organ line and leading phrases in italics even where the draft has no markers, as the UN
   * prints them (Word and the preview). Akoma Ntoso keeps the marks as written, as the UN's files do.
   */
  readonly printedItalics?: boolean;
}

export function readDraft(text: string, options: DraftOptions = {}): Draft {
  const model = parseResolution(text, options.language ? { language: options.language } : {});
  const citations = analyseCitations(model, undefined);
  // A draft that links its citations itself (as one imported from the UN's XML does) keeps exactly its own
  // links; a draft without links gets one for every citation the checker recognises.
  const ownLinks = /\]\(https?:\/\/undocs\.org\//.test(text);
  const links: LinkSpan[] = citations.list
    .filter((c) => !c.inHeading && !ownLinks)
    .flatMap((c) => {
      const symbol = officialSymbol(c, undefined);
      return symbol ? [{ start: c.start, end: c.end, href: `https://undocs.org/${model.language}/${symbol}` }] : [];
    });
  const organ = model.organ;
  // The organ line up to its comma, and each leading phrase.
  const emphasis = !options.printedItalics ? [] : [...(organ ? [{ start: organ.start, end: organ.commaOffset ?? organ.end }] : []), ...model.paragraphs.flatMap((p) => (p.lead ? [p.lead] : []))];
  const runs = (start: number, end: number): InlineRun[] => trimRuns(inlineRuns(text, start, end, links, emphasis));
  return {
    language: model.language,
    body: model.organ?.body,
    // The heading block is plain lines; a typed "**…**" or "8111^e" is layout, not text.
    heading: model.heading ? text.slice(model.heading.start, model.heading.end).split(/\r?\n/).map((l) => stripMarks(l).replace(/\^/g, '').trim()).filter(Boolean) : [],
    facts: citations.facts,
    organ: model.organ ? organOf(model, runs) : undefined,
    blocks: blocksOf(model, runs),
    footnotes: footnotesOf(model, runs),
    closing: model.others
      .filter((o) => o.kind === 'closing')
      .flatMap((o) => text.slice(o.start, o.end).split(/\r?\n/))
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

/** The whole organ line with its italics: the model's span leaves the markers out. */
function organOf(model: ResolutionModel, runs: RunsOf): Draft['organ'] {
  const line = lineOf(model.lineStarts, model.organ!.start);
  const start = model.lineStarts[line]!;
  const next = model.lineStarts[line + 1];
  return { runs: runs(start, next === undefined ? model.text.length : next - 1), line };
}

type RunsOf = (start: number, end: number) => InlineRun[];

function blocksOf(model: ResolutionModel, runs: RunsOf): DraftBlock[] {
  const items: { start: number; block: DraftBlock }[] = [];
  for (const p of model.paragraphs) {
    const line = p.line;
    const lead = p.lead ? p.lead.text : undefined;
    if (p.kind === 'preamble') items.push({ start: p.start, block: { kind: 'preamble', lead, runs: runs(p.bodyStart, p.end), line } });
    else items.push({ start: p.start, block: operativeBlock(model, p, runs) });
  }
  for (const o of model.others) {
    if (o.kind !== 'section-heading' && o.kind !== 'annex') continue;
    const text = stripMarks(model.text.slice(o.start, o.end).replace(/^#+\s*/, '')).trim();
    if (text) items.push({ start: o.start, block: { kind: 'heading', text, line: o.line } });
  }
  return items.sort((a, b) => a.start - b.start).map((i) => i.block);
}

function operativeBlock(model: ResolutionModel, p: Paragraph, runs: RunsOf): DraftBlock {
  const first = p.subparagraphs[0];
  const last = p.subparagraphs[p.subparagraphs.length - 1];
  const ownEnd = first ? Math.min(first.start, p.end) : p.end;
  return {
    kind: 'operative',
    number: p.number ? stripMarks(p.number.raw) : undefined,
    lead: p.lead?.text,
    runs: runs(p.bodyStart, ownEnd),
    points: p.subparagraphs.map((s) => pointOf(s, runs)),
    wrapUp: last && p.end > last.end ? runs(last.end, p.end) : [],
    line: p.line,
  };
}

function pointOf(s: Paragraph, runs: RunsOf): DraftPoint {
  const first = s.subparagraphs[0];
  return {
    label: s.label ? stripMarks(s.label.raw) : '',
    level: s.level,
    runs: runs(s.bodyStart, first ? Math.min(first.start, s.end) : s.end),
    points: s.subparagraphs.map((c) => pointOf(c, runs)),
    line: s.line,
  };
}

function footnotesOf(model: ResolutionModel, runs: RunsOf): Draft['footnotes'] {
  return model.others
    .filter((o) => o.kind === 'footnote')
    .flatMap((o) => {
      const m = /^\[\^([^\]\s]+)\]:[ \t]*/.exec(model.text.slice(o.start, o.end));
      return m ? [{ label: m[1]!, runs: runs(o.start + m[0].length, o.end) }] : [];
    });
}

/** Line breaks inside a paragraph are spaces; the edges of a paragraph carry no space. */
function trimRuns(runs: InlineRun[]): InlineRun[] {
  const out = runs.map((r) => ({ ...r, text: r.text.replace(/[ \t]*\r?\n[ \t]*/g, ' ') }));
  while (out.length && out[0]!.note === undefined && out[0]!.text.trim() === '') out.shift();
  while (out.length && out[out.length - 1]!.note === undefined && out[out.length - 1]!.text.trim() === '') out.pop();
  if (out.length && out[0]!.note === undefined) out[0] = { ...out[0]!, text: out[0]!.text.trimStart() };
  const lastRun = out[out.length - 1];
  if (lastRun && lastRun.note === undefined) out[out.length - 1] = { ...lastRun, text: lastRun.text.trimEnd() };
  return out;
}
