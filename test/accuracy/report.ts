import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createResolutionService } from '../../server/src/service';
import { SHARED } from '../support/paths';
import { aknTexts, pdfTexts } from './gold';
import { type FileMeasure, measureAkn, measurePdf } from './measure';
import { type GroupSummary, percent, summariseAll } from './summary';

/**
 * `npm run accuracy`: reads every real text of ../shared/corpus-akn and ../shared/corpus-pdf in one process
 * and prints, per organ and language, how the reading compares with the gold. `--details` lists what each
 * misread file got wrong; `--json` prints the figures for scripts.
 */
const args = process.argv.slice(2);
const details = args.includes('--details');
const json = args.includes('--json');

const akn = aknTexts(join(SHARED, 'corpus-akn'));
const pdf = pdfTexts(join(SHARED, 'corpus-pdf'));
if (akn.length === 0 && pdf.length === 0) {
  console.error(`accuracy: no real texts found beside the project (expected ${join('..', 'shared', 'corpus-akn')})`);
  process.exit(2);
}

const service = createResolutionService();
const measures: FileMeasure[] = [];
const started = performance.now();
for (const text of akn) {
  measures.push(measureAkn(service, text));
  service.forget(`file:///corpus-akn/${text.name}`);
}
for (const text of pdf) {
  const m = measurePdf(service, text);
  if (m) measures.push(m);
}
const seconds = (performance.now() - started) / 1000;
const summaries = summariseAll(measures);

if (json) {
  console.log(JSON.stringify({ summaries, filesPerSecond: measures.length / seconds }, null, 2));
  process.exit(0);
}

const KINDS = ['sc-res', 'ga-res', 'prst', 'symbol'];
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
console.log(row(['group', 'files', 'structure = gold', 'no error', 'warnings / file', 'leads accepted', ...KINDS.map((k) => `${k} found / linked`)]));
console.log(row(Array(6 + KINDS.length).fill('---')));
for (const s of summaries) {
  console.log(
    row([
      s.group,
      String(s.files),
      percent(s.structureOk, s.files),
      percent(s.noError, s.files),
      s.files ? (s.warnings / s.files).toFixed(3) : '–',
      percent(s.leadsAccepted, s.leads),
      ...KINDS.map((k) => citationCell(s, k)),
    ]),
  );
}
console.log('');
// Warnings per file by code, per group: the codes that fire anywhere, most frequent first.
const all = summaries.find((s) => s.group === 'all AKN');
const codes = Object.entries(all?.warningsByCode ?? {})
  .sort((a, b) => b[1] - a[1])
  .map(([code]) => code);
if (codes.length) {
  console.log(row(['warnings / file', ...codes]));
  console.log(row(Array(codes.length + 1).fill('---')));
  for (const s of summaries) {
    console.log(row([s.group, ...codes.map((c) => (s.files ? ((s.warningsByCode[c] ?? 0) / s.files).toFixed(3) : '–'))]));
  }
  console.log('');
}
console.log(`Source mistakes reported (source-mistakes.ts, not counted above): ${measures.reduce((n, m) => n + m.sourceMistakes.length, 0)}.`);
console.log(`${measures.length} files in ${seconds.toFixed(2)} s: ${(measures.length / seconds).toFixed(0)} files per second (parse, every rule, citations).`);

if (details) {
  for (const m of measures) {
    const lines = [
      ...m.structureDiff.map((d) => `structure: ${d}`),
      ...m.errorCodes.map((e) => `error: ${e}`),
      ...m.sourceMistakes.map((e) => `source mistake: ${e}`),
      ...m.rejectedLeads.map((l) => `lead: ${l}`),
      ...m.missedCitations.map((c) => `missed: ${c}`),
      ...m.wrongLinks.map((c) => `link: ${c}`),
      ...Object.entries(m.warningsByCode).map(([c, n]) => `warning: ${c} ×${n}`),
    ];
    if (lines.length) console.log(`\n${m.name}\n  ${lines.join('\n  ')}`);
  }
}

function citationCell(s: GroupSummary, kind: string): string {
  const t = s.citations[kind];
  if (!t || t.gold === 0) return '–';
  return `${percent(t.found, t.gold)} / ${percent(t.linked, t.found)}`;
}
