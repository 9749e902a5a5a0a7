import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { describeDiagnostic, parseFixture, type ExpectedDiagnostic } from '../support/fixtures';
import { FIXTURES } from '../support/paths';

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(md|unres|txt)$/.test(name)) yield path;
  }
}

/**
 * The editor's rules (typography, order and habits of adopted texts): the fixtures of the other rules were
 * written before them and do not follow these habits (ordinary spaces before ";" in French, Council texts
 * without the closing formula), so a fixture is checked for these codes only in its own rule's folder, or
 * where it marks one. The other rules' fixtures still say exactly what the older rules report.
 */
const EDITORIAL = new Set(['citation-date', 'citation-order', 'phrase-sequence', 'chapter-vii', 'closing-formula', 'french-spacing', 'footnote-position', 'charter-capitals', 'brackets']);

/**
 * Every fixture under test/fixtures/rules: the diagnostics the service reports must be exactly the ones
 * marked inline, same code and same range. A missing finding and an extra one both fail.
 */
describe('rule fixtures', () => {
  const service = createResolutionService({ settings: DEFAULT_SETTINGS });
  for (const file of walk(join(FIXTURES, 'rules'))) {
    it(relative(FIXTURES, file), () => {
      const { text, expected } = parseFixture(readFileSync(file, 'utf8'));
      const folder = relative(join(FIXTURES, 'rules'), file).split(/[\\/]/)[0]!;
      const checked = (code: string): boolean => !EDITORIAL.has(code) || code === folder || expected.some((e) => e.code === code);
      const document = TextDocument.create(`file://${file}`, 'unres', 1, text);
      const actual: ExpectedDiagnostic[] = service.computeDiagnostics(document).filter((d) => checked(String(d.code))).map((d) => {
        assert.equal(d.range.start.line, d.range.end.line, `multi-line range for ${d.code}: ${d.message}`);
        return { line: d.range.start.line, start: d.range.start.character, end: d.range.end.character, code: String(d.code) };
      });
      const messages = service.computeDiagnostics(document).map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message}`);
      assert.deepEqual(actual.map(describeDiagnostic).sort(), expected.map(describeDiagnostic).sort(), messages.join('\n'));
    });
  }
});
