import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type RuleFinding } from '../../server/src/analysis';
import type { Fix } from '../../server/src/rules/types';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { parseFixture } from '../support/fixtures';
import { FIXTURES } from '../support/paths';

/** The structural rules whose fixes this file checks, each on its own fixtures. */
const CODES = [
  'paragraph-order',
  'preamble-phrase',
  'operative-verb',
  'italic-lead',
  'agreement',
  'preamble-punctuation',
  'operative-punctuation',
  'subparagraph-labels',
] as const;

function findings(text: string): readonly RuleFinding[] {
  return analyze(TextDocument.create('file:///fixture.unres', 'unres', 1, text), DEFAULT_SETTINGS).findings;
}

function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function count(list: readonly RuleFinding[], code: string): number {
  return list.filter((f) => f.code === code).length;
}

describe('structural rule fixes', () => {
  for (const code of CODES) {
    const dir = join(FIXTURES, 'rules', code);
    for (const name of readdirSync(dir).sort()) {
      const { text } = parseFixture(readFileSync(join(dir, name), 'utf8'));
      const before = findings(text);
      const own = before.filter((f) => f.code === code && f.fixes && f.fixes.length > 0);
      if (own.length === 0) continue;

      it(`${code}/${name}: each fix removes its finding and adds no other`, () => {
        for (const finding of own) {
          for (const fix of finding.fixes!) {
            const after = findings(apply(text, fix));
            assert.equal(count(after, code), count(before, code) - 1, `${fix.title}: ${finding.message}`);
            for (const other of new Set(after.map((f) => f.code))) {
              assert.ok(count(after, other) <= count(before, other), `${fix.title} adds a ${other} finding`);
            }
            // The edits stay inside the finding's line: a fix never reaches into other paragraphs.
            const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
            const lineEnd = text.indexOf('\n', finding.end) === -1 ? text.length : text.indexOf('\n', finding.end);
            assert.ok(fix.edits.every((e) => e.start >= lineStart && e.end <= lineEnd), fix.title);
          }
        }
      });

      const safe = own.flatMap((f) => (f.fixes ?? []).filter((x) => x.safe));
      if (safe.length === 0) continue;

      it(`${code}/${name}: safe fixes lose no text and, all applied, leave nothing to fix`, () => {
        for (const fix of safe) {
          for (const e of fix.edits) {
            const removed = text.slice(e.start, e.end);
            // Punctuation, brackets and markers may change; a word only becomes its other form.
            if (code === 'agreement' || code === 'operative-verb') {
              assert.equal(removed.slice(0, 4).toLowerCase(), e.newText.slice(0, 4).toLowerCase(), `${removed} → ${e.newText}`);
            } else assert.match(removed, /^[*_,;:.()!? ]*$/, `${fix.title} removes "${removed}"`);
          }
        }
        let fixed = text;
        for (const fix of [...safe].sort((a, b) => b.edits[0]!.start - a.edits[0]!.start)) fixed = apply(fixed, fix);
        const again = findings(fixed).filter((f) => f.code === code && f.fixes?.some((x) => x.safe));
        // Idempotent: the fixed text offers no further safe fix of this rule, so a second pass changes nothing.
        assert.deepEqual(again.map((f) => f.message), []);
      });
    }
  }
});
