import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/index';
import { counterpartsFromFolder, readVersionsSetting } from '../../server/src/versions';

const EN = '*The Security Council*,\n\n*Recalling* its resolution 2368 (2017) of 20 July 2017,\n\n1. *Decides* to remain seized of the matter.\n';
const FR = '*Le Conseil de sécurité*,\n\n*Rappelant* sa résolution 2368 (2017) du 20 juin 2017,\n\n1. *Décide* de rester saisi de la question.\n';

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}

describe('the versions key of .unres.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-versions-config-'));
    // Names that carry no language: only the configuration pairs them.
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'original.md'), EN);
    writeFileSync(join(dir, 'texts', 'traduction.md'), FR);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a setting relative to the configuration file’s own folder', () => {
    const setting = readVersionsSetting({ 'original.md': ['traduction.md'] });
    const files = ['texts/original.md', 'texts/traduction.md', 'other/original.md'];
    assert.deepEqual(counterpartsFromFolder('texts', 'texts/original.md', EN, files, setting), ['texts/traduction.md']);
    assert.deepEqual(counterpartsFromFolder('texts', 'texts/traduction.md', FR, files, setting), ['texts/original.md']);
    assert.deepEqual(counterpartsFromFolder('texts', 'other/original.md', EN, files, setting), []);
    assert.deepEqual(counterpartsFromFolder('', 'texts/original.md', EN, files, readVersionsSetting(['texts/*.md'])), ['texts/traduction.md']);
  });

  it('pairs the files of `unres compare FILE` with it, and without it finds no other version', async () => {
    const none = await cli(['compare', join('texts', 'original.md')], dir);
    assert.equal(none.code, 2);
    assert.match(none.err, /no other language version of texts[\\/]original\.md was found/);

    writeFileSync(join(dir, 'texts', '.unres.json'), JSON.stringify({ versions: { 'original.md': 'traduction.md' } }));
    const paired = await cli(['compare', join('texts', 'original.md')], dir);
    assert.equal(paired.code, 1, paired.err);
    assert.match(paired.out, /texts[\\/]original\.md:3:\d+: warning version-alignment .*20 July 2017.*20 juin 2017/);
    assert.match(paired.err, /1 misalignment: texts[\\/]original\.md \(en\) \/ texts[\\/]traduction\.md \(fr\)/);
    // --no-config reads no configuration file: nothing pairs them.
    assert.equal((await cli(['compare', '--no-config', join('texts', 'original.md')], dir)).code, 2);
  });

  it('renumbers the paired versions with --with-versions --write, and leaves one that does not align', async () => {
    const en = '*The Security Council*,\n\n1. *Decides* to renew the measures until 1 July 2022;\n\n3. *Requests* a report by 30 December 2021, as in paragraph 1 above;\n\n4. *Decides* to remain seized of the matter, recalling paragraph 3 above.\n';
    const fr = '*Le Conseil de sécurité*,\n\n1. *Décide* de reconduire les mesures jusqu’au 1er juillet 2022 ;\n\n3. *Prie* de lui faire rapport d’ici au 30 décembre 2021, comme au paragraphe 1 ci-dessus ;\n\n4. *Décide* de rester saisi de la question, rappelant le paragraphe 3 ci-dessus.\n';
    const es = '*El Consejo de Seguridad*,\n\n1. *Decide* renovar las medidas hasta el 1 de julio de 2022;\n\n4. *Decide* seguir ocupándose de la cuestión, recordando el párrafo 3 supra.\n';
    writeFileSync(join(dir, 'draft.en.md'), en);
    writeFileSync(join(dir, 'draft.fr.md'), fr);
    writeFileSync(join(dir, 'draft.es.md'), es);
    const run = await cli(['renumber', '--with-versions', '--write', 'draft.en.md'], dir);
    assert.equal(run.code, 1, 'a version was left');
    assert.match(run.out, /draft\.en\.md: 3 changes/);
    assert.match(run.err, /draft\.fr\.md: 3 changes/);
    assert.match(run.err, /draft\.es\.md: draft\.es\.md was not renumbered: it has 2 operative paragraphs and this version 3/);
    const { readFileSync } = await import('node:fs');
    assert.equal(readFileSync(join(dir, 'draft.fr.md'), 'utf8'), fr.replace('3. *Prie*', '2. *Prie*').replace('4. *Décide*', '3. *Décide*').replace('paragraphe 3 ci-dessus', 'paragraphe 2 ci-dessus'));
    assert.equal(readFileSync(join(dir, 'draft.es.md'), 'utf8'), es);
    // A second run changes nothing anywhere.
    const again = await cli(['renumber', '--with-versions', '--write', 'draft.en.md'], dir);
    assert.match(again.out, /draft\.en\.md: 0 changes/);
    assert.match(again.err, /draft\.fr\.md: 0 changes/);
  });
});
