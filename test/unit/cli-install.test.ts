import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

/**
 * The command line as a pipeline installs it on a machine that never cloned the repository: `npm pack`,
 * then the tarball installed globally into a prefix of its own, offline (it has no runtime dependencies),
 * then `unres check` run from a folder outside the repository.
 */
describe('unres installed from the packed tarball', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-install-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('installs offline and checks a draft with a configuration file, outside the repository', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const env = { ...process.env, npm_config_loglevel: 'error', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    execFileSync(npm, ['pack', '--pack-destination', dir], { cwd: ROOT, env, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, readdirSync(dir).join(' '));
    const prefix = join(dir, 'prefix');
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--offline', join(dir, tarball)], { cwd: dir, env, stdio: 'pipe' });
    const bin = process.platform === 'win32' ? join(prefix, 'unres.cmd') : join(prefix, 'bin', 'unres');
    const work = join(dir, 'drafts');
    execFileSync(process.execPath, ['-e', `require('fs').mkdirSync(${JSON.stringify(work)})`]);
    writeFileSync(join(work, 'draft.md'), 'The Security Council,\n\nRecalling its resolution 2331 (2016),\n\n1. *Decides* to remain seized of the matter.\n');
    writeFileSync(join(work, '.unres.json'), '// raised for CI\n{ "rules": { "italic-lead": "error" } }\n');
    const run = spawnSync(bin, ['check', '.', '--format', 'github'], { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'en' } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^::error file=draft\.md,line=3,col=1,.*title=unres italic-lead::/m);
    // The French and Spanish texts are tables beside the bundle (dist/messages-fr.js, -es.js): packed too.
    const french = spawnSync(bin, ['check', 'draft.md', '--locale', 'fr'], { cwd: work, encoding: 'utf8' });
    assert.match(french.stdout, /italic-lead L’expression initiale « Recalling » devrait être en italique\./, french.stderr);
    const spanish = spawnSync(bin, ['check', 'draft.md', '--locale', 'es'], { cwd: work, encoding: 'utf8' });
    assert.match(spanish.stdout, /italic-lead La expresión inicial «Recalling» debería ir en cursiva\./, spanish.stderr);
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
  });
});
