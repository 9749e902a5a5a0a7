import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { applyAmendments, readAmendmentSheet } from '../../server/src/amendments';
import { describeChanges } from '../support/changes';
import { FIXTURES, hasShared, ROOT, SHARED } from '../support/paths';

const APPLY = join(FIXTURES, 'amendments', 'apply');
const CLI = join(ROOT, 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Each sheet under fixtures/amendments/apply names a real resolution of the shared corpus on its first
 * line; applied to it, it must give exactly the changes listed in the `.changes` file beside it (every
 * renumbered paragraph and rewritten reference included). UPDATE_CHANGES=1 rewrites the lists, to be read
 * before committing.
 */
describe('amendments applied to real resolutions', function () {
  if (!hasShared) return;
  for (const name of readdirSync(APPLY).filter((f) => f.endsWith('.amend.md')).sort()) {
    it(name, () => {
      const sheetFile = join(APPLY, name);
      const sheetText = readFileSync(sheetFile, 'utf8');
      const sheet = readAmendmentSheet(sheetText, sheetFile)!;
      assert.ok(sheet?.base?.name, 'the sheet names its base');
      const base = readFileSync(resolve(dirname(sheetFile), sheet.base.name), 'utf8');
      const result = applyAmendments(sheet, base, { locale: sheet.language });
      assert.deepEqual(result.reports.filter((r) => r.status === 'refused'), []);
      const changes = describeChanges(base, result.text);
      const expectedFile = sheetFile.replace(/\.amend\.md$/, '.changes');
      if (process.env.UPDATE_CHANGES) writeFileSync(expectedFile, changes.join('\n') + '\n');
      assert.deepEqual(changes, readFileSync(expectedFile, 'utf8').trimEnd().split('\n'));
      // Applying is a function of the base: a second application to the result is another text, but
      // renumbering the result again changes nothing (it is numbered 1..N already).
      assert.equal(applyAmendments({ ...sheet, operations: [] }, result.text, { locale: 'en' }).text, result.text);
    });
  }
});

describe('unres amend (the CLI, as a process)', function () {
  this.timeout(30000);
  const pdf = join(SHARED, 'corpus-pdf');
  const l18 = join(pdf, 'a-80-l.18.txt');
  const l19 = join(pdf, 'a-80-l.19.txt');

  it('A/80/L.19 applied to A/80/L.18 removes the thirty-eighth preambular paragraph and nothing else', function () {
    if (!existsSync(l19)) this.skip();
    const r = cli('amend', l18, l19);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /a-80-l\.19\.txt:31: applied: Delete the thirty-eighth preambular paragraph reading:/);
    const before = readFileSync(l18, 'utf8').split('\n');
    const after = r.stdout.split('\n');
    const start = before.findIndex((l) => l.startsWith('Recalling the inclusion of attacks intentionally directed against personnel'));
    // The paragraph's seven lines and the blank line after it, exactly.
    assert.deepEqual(after, [...before.slice(0, start), ...before.slice(start + 8)]);
    assert.match(before[start + 6]!, /^of international humanitarian law, $/);
    assert.match(before[start + 8]!, /^Reaffirming the need to ensure/);
  });

  it('a refused operation: exit 1, the reason given, nothing written; --partial applies the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-amend-'));
    try {
      const base = join(dir, 'draft.md');
      const sheet = join(dir, 'changes.amend.md');
      const out = join(dir, 'out.md');
      writeFileSync(base, '*The General Assembly*,\n\n*Recalling* its resolution 70/1,\n\n1. *Decides* to act as appropriate;\n\n2. *Requests* a report as appropriate;\n\n3. *Decides* to remain seized of the matter.\n');
      writeFileSync(sheet, 'Amendments to: draft.md\n\n1. Delete operative paragraph 7.\n\n2. In operative paragraph 3, replace “remain seized” with “remain actively seized”.\n');
      let r = cli('amend', base, sheet, '-o', out);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /changes\.amend\.md:3: refused: Delete operative paragraph 7\. — The draft has no operative paragraph 7: it has 3\./);
      assert.match(r.stderr, /changes\.amend\.md:5: not-applied: /);
      assert.equal(existsSync(out), false);
      r = cli('amend', base, sheet, '-o', out, '--partial');
      assert.equal(r.status, 1);
      assert.match(readFileSync(out, 'utf8'), /3\. \*Decides\* to remain actively seized of the matter\.\n$/);
      r = cli('amend', base, join(dir, 'missing.md'));
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^unres: cannot read .*missing\.md: no such file\n$/);
      r = cli('amend', base, base);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /is not an amendment sheet/);
      r = cli('amend', base, sheet, '--format', 'json', '--partial');
      const json = JSON.parse(r.stdout) as { operations: { status: string; reason?: string }[]; text: string };
      assert.deepEqual(json.operations.map((o) => o.status), ['refused', 'applied']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
