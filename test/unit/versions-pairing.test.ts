import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { counterpartsOf, nameLanguage, readVersionsSetting, versionsComment } from '../../server/src/versions';
import { hasShared, ROOT, SHARED } from '../support/paths';

describe('pairing language versions', () => {
  const files = ['draft.en.unres', 'draft.fr.md', 'draft-es.md', 'other.fr.md', 'sc/sc-2508-2020-en.md', 'sc/sc-2508-2020-fr.md', 'notes.md', 'texts/a.md', 'texts/b.md'];

  it('pairs by file name, whatever the separator and the extension, in the same folder only', () => {
    assert.deepEqual(nameLanguage('dir/draft.en.unres'), { stem: 'dir/draft', language: 'en' });
    assert.equal(nameLanguage('notes.md'), undefined);
    assert.deepEqual(counterpartsOf('draft.en.unres', '', files), ['draft-es.md', 'draft.fr.md']);
    assert.deepEqual(counterpartsOf('sc/sc-2508-2020-fr.md', '', files), ['sc/sc-2508-2020-en.md']);
    assert.deepEqual(counterpartsOf('notes.md', '', files), []);
  });

  it('pairs by the setting: glob patterns, or a map read both ways', () => {
    assert.deepEqual(counterpartsOf('texts/a.md', '', files, readVersionsSetting(['texts/*.md'])), ['texts/b.md']);
    const map = readVersionsSetting({ 'texts/a.md': ['notes.md'] });
    assert.deepEqual(counterpartsOf('notes.md', '', files, map), ['texts/a.md']);
    assert.deepEqual(readVersionsSetting(42), readVersionsSetting(undefined));
    assert.deepEqual(readVersionsSetting([3, '', './x/*.md']).globs, ['x/*.md']);
  });

  it('pairs by a comment on the first line, resolved beside the file', () => {
    assert.deepEqual(versionsComment('<!-- versions: projet.fr.md proyecto.es.md -->\n*The General Assembly*,'), ['projet.fr.md', 'proyecto.es.md']);
    assert.deepEqual(counterpartsOf('texts/a.md', '<!-- versions: ../notes.md -->\n', files), ['notes.md']);
    assert.deepEqual(versionsComment('text\n<!-- versions: x.md -->'), []);
  });
});

describe('version-alignment diagnostics', () => {
  const en = TextDocument.create('file:///w/draft.en.md', 'markdown', 1, '*The Security Council*,\n\n*Recalling* its resolution 2368 (2017),\n\n1. *Decides* to remain seized of the matter.\n');
  const fr = TextDocument.create('file:///w/draft.fr.md', 'markdown', 1, '*Le Conseil de sécurité*,\n\n*Rappelant* sa résolution 2369 (2017),\n\n1. *Décide* de rester saisi de la question.\n');

  it('names the other version and its paragraph, in the user’s language, with a link to the place there', () => {
    const service = createResolutionService({ settings: { ...DEFAULT_SETTINGS, locale: 'fr' } });
    const [d, ...rest] = service.computeVersionDiagnostics(en, [{ document: fr, name: 'draft.fr.md' }]);
    assert.equal(rest.length, 0);
    assert.equal(d!.code, 'version-alignment');
    assert.equal(d!.severity, 2);
    assert.match(String(d!.message), /« 2368 \(2017\) » ici, « 2369 \(2017\) » dans l’alinéa 1 du préambule de la version française draft\.fr\.md/);
    assert.equal(d!.relatedInformation![0]!.location.uri, fr.uri);
    assert.deepEqual(d!.relatedInformation![0]!.location.range.start, { line: 2, character: 26 });
    assert.deepEqual(service.computeDiagnostics(en).filter((x) => x.code === 'version-alignment'), []);
  });

  it('follows the unres.rules setting', () => {
    const service = createResolutionService({ settings: { ...DEFAULT_SETTINGS, rules: { 'version-alignment': 'off' } } });
    assert.deepEqual(service.computeVersionDiagnostics(en, [{ document: fr, name: 'draft.fr.md' }]), []);
    const hint = createResolutionService({ settings: { ...DEFAULT_SETTINGS, rules: { 'version-alignment': 'hint' } } });
    assert.equal(hint.computeVersionDiagnostics(fr, [{ document: en, name: 'draft.en.md' }])[0]!.severity, 4);
  });
});

describe('unres compare (the built command line, as a process)', () => {
  const cli = join(ROOT, 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: join(SHARED, 'corpus-akn') });

  it('prints each discrepancy of real versions with file:line:col on both sides, and exits 1', function () {
    if (!hasShared) this.skip();
    const r = run('compare', 'sc-2506-2020-en.md', 'sc-2506-2020-fr.md');
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), [
      'sc-2506-2020-en.md:6:91: warning version-alignment Citation “S/2019/883” here, “S/2019/833” in preambular paragraph 1 of the French version sc-2506-2020-fr.md.',
      '  sc-2506-2020-fr.md:6:137: Citation “S/2019/833” here, “S/2019/883” in preambular paragraph 1 of the English version sc-2506-2020-en.md.',
    ]);
  });

  it('exits 0 on aligned versions, and gives JSON with --format json', function () {
    if (!hasShared) this.skip();
    const r = run('compare', 'sc-2560-2020-en.md', 'sc-2560-2020-fr.md', 'sc-2560-2020-es.md', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.discrepancies, 0);
    assert.deepEqual(json.pairs.map((p: { languages: string[] }) => p.languages.join('/')), ['en/fr', 'en/es', 'fr/es']);
  });

  it('exits 2 with one line on a usage or file error, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-compare-'));
    try {
      const one = join(dir, 'a.md');
      writeFileSync(one, '*The Security Council*,\n');
      const r1 = spawnSync(process.execPath, [cli, 'compare', one], { encoding: 'utf8' });
      assert.equal(r1.status, 2);
      assert.equal(r1.stderr.trim().split('\n').length, 1);
      const r2 = spawnSync(process.execPath, [cli, 'compare', one, join(dir, 'missing.md')], { encoding: 'utf8' });
      assert.equal(r2.status, 2);
      assert.match(r2.stderr, /cannot read .*missing\.md: no such file/);
      assert.equal(r2.stdout, '');
      assert.equal(readFileSync(one, 'utf8'), '*The Security Council*,\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
