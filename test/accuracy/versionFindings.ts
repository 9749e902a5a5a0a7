/**
 * Prints the findings of the comparison of every parallel pair of the AKN corpus as the Markdown tables of
 * docs/versions.md (one table per kind, with its count), so that the document is regenerated from the
 * actual output, never edited by hand: `node out/test/accuracy/versionFindings.js` prints them,
 * `… --write docs/versions.md` puts them in the document in place of its tables, counts and headline, keeping
 * the text that says what each kind is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { positionOf } from '../../server/src/model/lines';
import type { Discrepancy } from '../../server/src/versions';
import { compareTexts, createResolutionService, documentOf, PAIRS, parallelSets } from '../support/versionCorpus';

const KINDS: readonly Discrepancy['kind'][] = ['number', 'date', 'missing', 'citation', 'lead-kind', 'lead-meaning', 'subparagraphs', 'reference', 'numbering'];

function main(): void {
  const service = createResolutionService();
  const rows = new Map<string, string[]>();
  let pairs = 0;
  let clean = 0;
  for (const set of parallelSets()) {
    for (const [x, y] of PAIRS) {
      if (!set.files[x] || !set.files[y]) continue;
      const c = compareTexts(service, documentOf(set.files[x]!, readFileSync(set.files[x]!, 'utf8')), documentOf(set.files[y]!, readFileSync(set.files[y]!, 'utf8')));
      pairs++;
      if (c.discrepancies.length === 0) clean++;
      for (const d of c.discrepancies) {
        const line = (k: 'a' | 'b'): number => positionOf(c[k].model.lineStarts, d[k].start).line + 1;
        const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/[\s\u00a0\u202f]+/g, ' ');
        const list = rows.get(d.kind) ?? [];
        list.push(`| ${set.name} | ${x}:${line('a')} | ${y}:${line('b')} | ${cell(d.a.says)} | ${cell(d.b.says)} |`);
        rows.set(d.kind, list);
      }
    }
  }
  const total = [...rows.values()].reduce((n, l) => n + l.length, 0);
  const tableOf = (list: readonly string[]): string[] => ['| resolution | version:line | version:line | says | the other says |', '|---|---|---|---|---|', ...list];
  const target = process.argv.includes('--write') ? process.argv[process.argv.indexOf('--write') + 1] : undefined;
  if (target) {
    writeFileSync(target, rewrite(readFileSync(target, 'utf8'), rows, tableOf, pairs, clean, total));
    return;
  }
  const out: string[] = [`${pairs} pairs, ${clean} clean, ${total} findings`, ''];
  for (const kind of KINDS) {
    const list = rows.get(kind);
    if (list) out.push(`## ${kind} (${list.length})`, '', ...tableOf(list), '');
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The document with each kind's count and table replaced by the actual ones (a kind with none: "none"). */
function rewrite(doc: string, rows: Map<string, string[]>, tableOf: (list: readonly string[]) => string[], pairs: number, clean: number, total: number): string {
  const lines = doc.split('\n');
  const out: string[] = [];
  let kind: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^## ([a-z-]+) \(\d+\)$/.exec(line);
    if (heading) {
      kind = heading[1]!;
      out.push(`## ${kind} (${rows.get(kind)?.length ?? 0})`);
      continue;
    }
    if (kind && line.startsWith('|')) {
      while (i + 1 < lines.length && lines[i + 1]!.startsWith('|')) i++;
      out.push(...tableOf(rows.get(kind) ?? []));
      continue;
    }
    if (line.startsWith('## ')) kind = undefined;
    out.push(line);
  }
  return out
    .join('\n')
    .replace(/\*\*\d+ pairs compare clean\. \d+ findings remain\*\*/, `**${clean} pairs compare clean. ${total} findings remain**`)
    .replace(/that is \*\*\d+ pairs\*\*/, `that is **${pairs} pairs**`);
}

main();
