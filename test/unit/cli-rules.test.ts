import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRuleLevels } from '../../server/src/cli/args';
import { runCli } from '../../server/src/cli/index';

describe('unres --rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unres-rules-'));
  const file = join(dir, 'draft.md');
  // Two warnings: the lead is not italic and the preambular paragraph ends with a full stop.
  writeFileSync(file, 'The Security Council,\n\nRecalling its resolution 2331 (2016).\n\n1. *Decides* to remain seized of the matter.\n');
  after(() => rmSync(dir, { recursive: true, force: true }));

  function run(...args: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    assert.equal(typeof code, 'number');
    return { code: code as number, out, err };
  }

  it('reads CODE=LEVEL pairs separated by commas', () => {
    assert.deepEqual(parseRuleLevels('italic-lead=off, agreement=hint'), { 'italic-lead': 'off', agreement: 'hint' });
    assert.deepEqual(parseRuleLevels(undefined), {});
  });

  it('turns a rule off and raises another to an error, like the unres.rules setting', () => {
    const plain = run('check', file);
    assert.equal(plain.code, 0);
    assert.match(plain.out, /warning italic-lead/);
    assert.match(plain.out, /warning preamble-punctuation/);
    const tuned = run('check', '--rules', 'italic-lead=off,preamble-punctuation=error', file);
    assert.equal(tuned.code, 1);
    assert.doesNotMatch(tuned.out, /italic-lead/);
    assert.match(tuned.out, /error preamble-punctuation/);
  });

  it('refuses an unknown rule or level with a usage error', () => {
    assert.equal(run('check', '--rules', 'italics=off', file).code, 2);
    assert.equal(run('check', '--rules', 'italic-lead=loud', file).code, 2);
    assert.match(run('check', '--rules', 'italic-lead', file).err, /needs a level/);
  });
});
