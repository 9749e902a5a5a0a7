import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService, type ResolutionService } from '../../server/src/service';
import { compareVersions, type Comparison } from '../../server/src/versions';
import { SHARED } from './paths';

export const CORPUS = join(SHARED, 'corpus-akn');

/** The parallel versions of the AKN corpus: for each resolution, the languages it has. */
export function parallelSets(): { name: string; files: Record<string, string> }[] {
  if (!existsSync(CORPUS)) return [];
  const byName = new Map<string, Record<string, string>>();
  for (const f of readdirSync(CORPUS)) {
    const m = /^(.*)-(en|fr|es)\.md$/.exec(f);
    if (!m) continue;
    const entry = byName.get(m[1]!) ?? {};
    entry[m[2]!] = join(CORPUS, f);
    byName.set(m[1]!, entry);
  }
  return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, files]) => ({ name, files }));
}

export function documentOf(path: string, text = readFileSync(path, 'utf8')): TextDocument {
  return TextDocument.create(`file://${path}`, 'markdown', 1, text);
}

export function compareTexts(service: ResolutionService, a: TextDocument, b: TextDocument): Comparison {
  return compareVersions(service.analysis(a), service.analysis(b));
}

export const PAIRS: readonly (readonly [string, string])[] = [
  ['en', 'fr'],
  ['en', 'es'],
  ['fr', 'es'],
];

export { createResolutionService };
