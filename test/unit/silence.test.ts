import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DISABLE_RULE_COMMAND, silencings } from '../../server/src/directives';
import { applyOffsetEdits } from '../../server/src/features/offsetEdits';
import type { Locale } from '../../server/src/messages';
import { createResolutionService } from '../../server/src/service';
import { parseFixture } from '../support/fixtures';
import { FIXTURES } from '../support/paths';

const service = createResolutionService();
let version = 0;
const analyse = (text: string) => {
  const document = TextDocument.create(`file:///silence-${++version}.md`, 'markdown', 1, text);
  const model = service.getModel(document);
  return { document, model, diagnostics: service.computeDiagnostics(document), shape: [model.preamble.length, model.operative.length] };
};
const key = (d: { code?: unknown; range: { start: { line: number } } }, shift = 0): string => `${String(d.code)}@${d.range.start.line + shift}`;

/**
 * The quick fixes that silence a rule, on the italic-lead fixtures of the three languages, plus a paragraph
 * of two lines: each silences exactly the findings it says, leaves the structure as it was, and the
 * finding it silenced is not offered again.
 */
describe('quick fixes that silence a rule', () => {
  const drafts: [Locale, string][] = (['en', 'fr', 'es'] as const).map((l) => [l, parseFixture(readFileSync(join(FIXTURES, 'rules', 'italic-lead', `${l}-not-italic.md`), 'utf8')).text]);

  for (const [locale, text] of drafts) {
    it(`${locale}: "for this line" silences that line only; "for this file" silences the rule everywhere`, () => {
      const before = analyse(text);
      const target = before.diagnostics.find((d) => d.code === 'italic-lead')!;
      const [line, file, ...rest] = silencings(before.model.text, before.model.lineStarts, target.range.start.line, 'italic-lead', locale, false);
      assert.equal(rest.length, 0, 'no settings commands for a client without them');
      assert.ok(line && 'edits' in line && file && 'edits' in file);
      assert.match(line.title, locale === 'en' ? /for this line/ : locale === 'fr' ? /pour cette ligne/ : /en esta línea/);

      const afterLine = analyse(applyOffsetEdits(text, line.edits));
      assert.deepEqual(afterLine.shape, before.shape);
      // One line was inserted above the target: the others move down by one from there.
      const expected = before.diagnostics.filter((d) => d !== target).map((d) => key(d, d.range.start.line >= target.range.start.line ? 1 : 0));
      assert.deepEqual(afterLine.diagnostics.map((d) => key(d)), expected);

      const afterFile = analyse(applyOffsetEdits(text, file.edits));
      assert.deepEqual(afterFile.shape, before.shape);
      assert.deepEqual(afterFile.diagnostics.filter((d) => d.code === 'italic-lead'), []);
      assert.equal(afterFile.diagnostics.length, before.diagnostics.filter((d) => d.code !== 'italic-lead').length);
      // A second rule for the file joins the same directive.
      const second = silencings(afterFile.model.text, afterFile.model.lineStarts, 0, 'agreement', locale, false)[1]!;
      assert.ok('edits' in second);
      assert.match(applyOffsetEdits(afterFile.model.text, second.edits), /^<!-- unres-disable-file italic-lead, agreement -->/);
    });
  }

  it('a finding inside a paragraph is silenced around the paragraph, not by cutting it', () => {
    const text = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016)\nand its resolution 2195 (2014).\n\n1. *Decides* to remain seized of the matter.\n';
    const before = analyse(text);
    const target = before.diagnostics.find((d) => d.range.start.line === 3);
    assert.ok(target, before.diagnostics.map((d) => key(d)).join(' '));
    const [paragraph] = silencings(text, before.model.lineStarts, 3, String(target.code), 'en', false);
    assert.ok(paragraph && 'edits' in paragraph);
    assert.match(paragraph.title, /for this paragraph/);
    const after = analyse(applyOffsetEdits(text, paragraph.edits));
    assert.deepEqual(after.shape, before.shape);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === target.code), []);
  });

  it('offers the settings commands to a client that has them, never for a directive problem', () => {
    const list = silencings('x', [0], 0, 'italic-lead', 'es', true);
    assert.deepEqual(list.slice(2).map((s) => ('command' in s ? s.command : undefined)), [
      { command: DISABLE_RULE_COMMAND, arguments: ['italic-lead', 'workspace'] },
      { command: DISABLE_RULE_COMMAND, arguments: ['italic-lead', 'user'] },
    ]);
    assert.deepEqual(silencings('x', [0], 0, 'unres-directive', 'en', true), []);
  });
});
