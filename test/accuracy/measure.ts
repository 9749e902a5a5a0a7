import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../../server/src/analysis';
import { officialSymbol, undocsUrl } from '../../server/src/citations';
import type { Paragraph } from '../../server/src/model/types';
import type { ResolutionService } from '../../server/src/service';
import { isSourceMistake } from './source-mistakes';
import type { AknGold, GoldSubparagraph, GoldText, PdfExpected } from './gold';

/**
 * How one real text was read, against its gold: the figures `npm run accuracy` adds up and the unit tests
 * keep above their floors. Nothing here is tuned to a file: every figure is a comparison with the gold.
 */
export interface FileMeasure {
  readonly name: string;
  /** "sc-en", "ga-fr", "pdf-en". */
  readonly group: string;
  /** Preamble and operative counts, operative numbers and the subparagraph tree equal the gold. */
  readonly structureOk: boolean;
  /** What differed, for the report's list of misread files. */
  readonly structureDiff: string[];
  readonly errors: number;
  readonly errorCodes: string[];
  readonly warningsByCode: Record<string, number>;
  /** Findings listed in source-mistakes.ts ("12:citation-date"): real mistakes of the text, not counted above. */
  readonly sourceMistakes: string[];
  readonly leads: number;
  readonly leadsAccepted: number;
  readonly rejectedLeads: string[];
  /** Per citation kind: gold citations, found, link to the same document. */
  readonly citations: Record<string, { gold: number; found: number; linked: number }>;
  readonly missedCitations: string[];
  readonly wrongLinks: string[];
}

const PHRASE_CODES = new Set(['preamble-phrase', 'operative-verb', 'agreement']);

function openDocument(path: string, uri: string): TextDocument {
  return TextDocument.create(uri, 'unres', 1, readFileSync(path, 'utf8'));
}

function severityCounts(analysis: DocumentAnalysis, name: string): Pick<FileMeasure, 'errors' | 'errorCodes' | 'warningsByCode' | 'sourceMistakes'> {
  let errors = 0;
  const errorCodes: string[] = [];
  const sourceMistakes: string[] = [];
  const warningsByCode: Record<string, number> = {};
  for (const f of analysis.findings) {
    const line = analysis.document.positionAt(f.start).line + 1;
    if (isSourceMistake(name, line, f.code)) {
      sourceMistakes.push(`${line}:${f.code}`);
    } else if (f.effectiveSeverity === 'error') {
      errors++;
      errorCodes.push(`${analysis.document.positionAt(f.start).line + 1}:${f.code}`);
    } else if (f.effectiveSeverity === 'warning') {
      warningsByCode[f.code] = (warningsByCode[f.code] ?? 0) + 1;
    }
  }
  return { errors, errorCodes, warningsByCode, sourceMistakes };
}

/** A subparagraph label without emphasis markers: "*b*)" is "b)". */
function plainLabel(raw: string): string {
  return raw.replace(/[*_]/g, '').trim();
}

function subTree(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => plainLabel(p.label?.raw ?? '') + (p.subparagraphs.length ? `{${subTree(p.subparagraphs)}}` : '')).join(' ');
}

function goldTree(subs: readonly GoldSubparagraph[] | undefined): string {
  return (subs ?? []).map((s) => plainLabel(s.label) + (s.subparagraphs?.length ? `{${goldTree(s.subparagraphs)}}` : '')).join(' ');
}

/** "https://undocs.org/fr/S/RES/1591 (2005)" and "https://undocs.org/S/RES/1591(2005)" name one document. */
export function documentOfLink(href: string): string {
  let s = href;
  try {
    s = decodeURIComponent(href);
  } catch {
    // Keep the link as written.
  }
  return s
    // The UN's Spanish texts write the language segment "sp"; a few links lost the ".org" of the host.
    .replace(/^https?:\/\/(www\.)?undocs(\.org)?\//i, '')
    .replace(/^(en|fr|es|sp|ar|ru|zh)\//i, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2011/g, '-')
    .toUpperCase();
}

export function measureAkn(service: ResolutionService, text: GoldText<AknGold>): FileMeasure {
  const { gold } = text;
  const document = openDocument(text.path, `file:///corpus-akn/${text.name}`);
  const analysis = service.analysis(document);
  const model = analysis.model;
  const diff: string[] = [];
  if (model.preamble.length !== gold.preamble.length) diff.push(`preamble ${model.preamble.length} ≠ ${gold.preamble.length}`);
  if (model.operative.length !== gold.operative.length) diff.push(`operative ${model.operative.length} ≠ ${gold.operative.length}`);
  const ops = Math.min(model.operative.length, gold.operative.length);
  for (let i = 0; i < ops; i++) {
    const p = model.operative[i]!;
    const g = gold.operative[i]!;
    const number = p.number ? p.number.raw.replace(/\.$/, '') : '';
    if (number !== (g.number ?? '')) diff.push(`operative ${i + 1}: number ${number || '(none)'} ≠ ${g.number || '(none)'} at line ${g.line}`);
    const mine = subTree(p.subparagraphs);
    const theirs = goldTree(g.subparagraphs);
    if (mine !== theirs) diff.push(`operative ${g.number || i + 1} (line ${g.line}): subparagraphs [${mine}] ≠ [${theirs}]`);
  }
  if (diff.length === 0 && model.operative.length === gold.operative.length) {
    // The same counts can hide a paragraph read in the wrong place: the first one out of line is named.
    const lines = [...model.preamble.map((p) => p.line + 1), ...model.operative.map((p) => p.line + 1)];
    const goldLines = [...gold.preamble.map((p) => p.line), ...gold.operative.map((p) => p.line)];
    const at = lines.findIndex((l, i) => l !== goldLines[i]);
    if (at !== -1) diff.push(`paragraph ${at + 1} at line ${lines[at]} ≠ gold line ${goldLines[at]}`);
  }

  // Leading phrases: the gold paragraph's lead is accepted when no phrase rule reports it.
  const byLine = new Map<number, Paragraph>();
  for (const p of model.paragraphs) byLine.set(p.line + 1, p);
  const phraseFindings = analysis.findings.filter((f) => PHRASE_CODES.has(f.code));
  let leads = 0;
  let leadsAccepted = 0;
  const rejectedLeads: string[] = [];
  const checkLead = (line: number, lead: string | null, kind: 'preamble' | 'operative'): void => {
    if (!lead) return;
    leads++;
    const p = byLine.get(line);
    const leadEnd = p?.lead?.end ?? p?.bodyStart ?? 0;
    const rejected =
      !p || p.kind !== kind || !p.lead || phraseFindings.some((f) => f.start >= p.start && f.start <= leadEnd);
    if (rejected) rejectedLeads.push(`${line}: ${lead}${p ? (p.kind !== kind ? ` (read as ${p.kind})` : '') : ' (no paragraph)'}`);
    else leadsAccepted++;
  };
  for (const p of gold.preamble) checkLead(p.line, p.lead, 'preamble');
  for (const p of gold.operative) checkLead(p.line, p.lead, 'operative');

  // Citations: a gold citation is found when a citation of ours overlaps it; linked when ours leads to the
  // document the UN linked.
  const citations: FileMeasure['citations'] = {};
  const missedCitations: string[] = [];
  const wrongLinks: string[] = [];
  const list = analysis.citations.list;
  for (const g of gold.citations) {
    if (g.kind === 'url') continue;
    const tally = (citations[g.kind] ??= { gold: 0, found: 0, linked: 0 });
    tally.gold++;
    const lineStart = model.lineStarts[g.line - 1] ?? 0;
    const start = lineStart + g.col;
    const end = lineStart + g.endCol;
    const mine = list.find((c) => c.start < end && c.end > start);
    if (!mine) {
      missedCitations.push(`${g.line}:${g.col} ${g.kind} ${g.text}`);
      continue;
    }
    tally.found++;
    const symbol = officialSymbol(mine, analysis.citations.catalogue);
    const target = symbol ? documentOfLink(undocsUrl(symbol)) : '';
    if (target === documentOfLink(g.href)) tally.linked++;
    else wrongLinks.push(`${g.line}:${g.col} ${g.text} → ${target || '(no link)'} ≠ ${documentOfLink(g.href)}`);
  }
  return {
    name: text.name,
    group: `${gold.organ}-${gold.lang}`,
    structureOk: diff.length === 0,
    structureDiff: diff,
    ...severityCounts(analysis, text.name),
    leads,
    leadsAccepted,
    rejectedLeads,
    citations,
    missedCitations,
    wrongLinks,
  };
}

/** Top-level lettered subparagraphs per operative number, as expected.json counts them. */
function letterCounts(operative: readonly Paragraph[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of operative) {
    const letters = p.subparagraphs.filter((s) => s.label?.kind === 'letter').length;
    if (letters > 0 && p.number) counts[String(p.number.value)] = letters;
  }
  return counts;
}

export function measurePdf(service: ResolutionService, text: GoldText<PdfExpected>): FileMeasure | undefined {
  const { gold } = text;
  if (gold.kind === 'amendment' || gold.preamble === null || gold.operative === null) return undefined;
  const document = openDocument(text.path, `file:///corpus-pdf/${text.name}`);
  const analysis = service.analysis(document);
  const model = analysis.model;
  const diff: string[] = [];
  if (model.preamble.length !== gold.preamble) diff.push(`preamble ${model.preamble.length} ≠ ${gold.preamble}`);
  if (model.operative.length !== gold.operative) diff.push(`operative ${model.operative.length} ≠ ${gold.operative}`);
  const numbers = model.operative.map((p) => p.number?.value);
  const wrong = numbers.findIndex((n, i) => n !== i + 1);
  if (wrong !== -1) diff.push(`operative ${wrong + 1} numbered ${numbers[wrong] ?? '(none)'}`);
  const mine = JSON.stringify(letterCounts(model.operative));
  const theirs = JSON.stringify(Object.fromEntries(Object.entries(gold.subparagraphs ?? {}).sort(([a], [b]) => Number(a) - Number(b))));
  if (mine !== theirs) diff.push(`subparagraphs ${mine} ≠ ${theirs}`);
  return {
    name: text.name,
    group: `pdf-${gold.lang}`,
    structureOk: diff.length === 0,
    structureDiff: diff,
    ...severityCounts(analysis, text.name),
    leads: 0,
    leadsAccepted: 0,
    rejectedLeads: [],
    citations: {},
    missedCitations: [],
    wrongLinks: [],
  };
}
