import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readAmendmentSheet, type WorkspaceTexts } from '../../server/src/amendments';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { describeDiagnostic, parseFixture, type ExpectedDiagnostic } from '../support/fixtures';
import { FIXTURES, hasShared, SHARED } from '../support/paths';

/** The files on disk, as the CLI reads them; `drafts` lists the ones a symbol is looked for in. */
function diskWorkspace(drafts: readonly string[] = []): WorkspaceTexts {
  return {
    read: (uri) => {
      const path = fileURLToPath(uri);
      return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    },
    drafts: () => drafts.map((f) => pathToFileURL(f).toString()),
  };
}

const diagnostics = (workspace: WorkspaceTexts, file: string, text: string) =>
  createResolutionService({ settings: DEFAULT_SETTINGS, workspace }).computeDiagnostics(TextDocument.create(pathToFileURL(file).toString(), 'unres', 1, text));

describe('rule amendment-target', () => {
  const dir = join(FIXTURES, 'amendments', 'check');
  for (const name of readdirSync(dir).sort()) {
    it(`fixture ${name}`, function () {
      if (!hasShared) this.skip();
      const file = join(dir, name);
      const { text, expected } = parseFixture(readFileSync(file, 'utf8'));
      const found = diagnostics(diskWorkspace(), file, text);
      const actual: ExpectedDiagnostic[] = found.map((d) => ({ line: d.range.start.line, start: d.range.start.character, end: d.range.end.character, code: String(d.code) }));
      for (const d of found) assert.equal(d.range.start.line, d.range.end.line, String(d.message));
      assert.deepEqual(actual.map(describeDiagnostic).sort(), expected.map(describeDiagnostic).sort(), found.map((d) => `${d.range.start.line + 1}: ${String(d.message)}`).join('\n'));
    });
  }

  it('messages a delegate reads, in the sheet’s target terms', function () {
    if (!hasShared) this.skip();
    const file = join(dir, 'en-targets.amend.md');
    const messages = diagnostics(diskWorkspace(), file, parseFixture(readFileSync(file, 'utf8')).text).map((d) => String(d.message));
    assert.deepEqual(messages, [
      'The draft has no operative paragraph 26: it has 25.',
      'The operative paragraph 15 has no subparagraph (k).',
      'The draft has no eleventh preambular paragraph: it has 10.',
      'The words “as soon as possible” are not in the operative paragraph 4.',
      messages[4],
      'This operation changes text that operation 6 already deletes or replaces.',
    ]);
    assert.match(messages[4]!, /^The words “South Sudan” occur \d+ times in the operative paragraph 15 \(line 60, 62, .* of the draft\): quote more of the text/);
  });

  it('a UN amendment document finds its draft by the symbol in its heading, among the workspace’s drafts', function () {
    const pdf = join(SHARED, 'corpus-pdf');
    if (!existsSync(join(pdf, 'a-80-l.19.txt'))) this.skip();
    const l19 = join(pdf, 'a-80-l.19.txt');
    const text = readFileSync(l19, 'utf8');
    const drafts = ['a-80-l.15.txt', 'a-80-l.3.txt', 'a-80-l.18.txt', 'a-80-l.19.txt'].map((f) => join(pdf, f));
    assert.deepEqual(diagnostics(diskWorkspace(drafts), l19, text), []);
    // The wrong ordinal: the quoted paragraph is the thirty-eighth, not the thirty-ninth.
    const wrong = diagnostics(diskWorkspace(drafts), l19, text.replace('thirty-eighth', 'thirty-ninth'));
    assert.equal(wrong.length, 1);
    assert.match(String(wrong[0]!.message), /^The text quoted is not the text of the thirty-ninth preambular paragraph in the draft \(it begins “Reaffirming the need/);
    // Without the drafts, the base cannot be found: said once, at the symbol.
    const alone = diagnostics(diskWorkspace([]), l19, text);
    assert.equal(alone.length, 1);
    assert.match(String(alone[0]!.message), /"A\/80\/L\.18" is not in the workspace/);
  });

  it('of the real texts of the shared corpora, only the two UN amendments read as amendment sheets', function () {
    if (!hasShared) this.skip();
    const sheets: string[] = [];
    for (const dir of ['corpus-akn', 'corpus', 'corpus-pdf', 'examples']) {
      for (const name of readdirSync(join(SHARED, dir)).filter((f) => /\.(md|txt|unres)$/.test(f) && f !== 'README.md')) {
        if (readAmendmentSheet(readFileSync(join(SHARED, dir, name), 'utf8'), name)) sheets.push(name);
      }
    }
    assert.deepEqual(sheets.sort(), ['a-80-l.19.txt', 'a-c.3-80-l.62.txt']);
  });

  it('nothing on an ordinary draft, nor on the shared reference resolution', function () {
    if (!hasShared) this.skip();
    for (const name of readdirSync(join(SHARED, 'examples')).filter((f) => /\.(md|txt|unres)$/.test(f))) {
      const file = join(SHARED, 'examples', name);
      const found = diagnostics(diskWorkspace(), file, readFileSync(file, 'utf8')).filter((d) => d.code === 'amendment-target');
      assert.deepEqual(found, [], name);
    }
  });
});
