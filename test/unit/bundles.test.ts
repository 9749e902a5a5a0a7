import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOST_MODULES } from '../../server/src/editing/lazy';
import { ROOT } from '../support/paths';

/**
 * What the production build does to make the server's bundle smaller (scripts/bundles.mjs): the French and
 * Spanish texts of the messages (and the rules' descriptions) in tables beside the bundles, and the editing
 * room, which takes its shared modules from the bundle that loads it. Each must leave every answer as it is.
 */

interface BundlesModule {
  takeTranslationsApart(path: string, source: string, texts: Record<string, Record<string, Record<string, string>>>): string;
}

const loadBundles = (): Promise<BundlesModule> => import(pathToFileURL(join(ROOT, 'scripts', 'bundles.mjs')).href) as Promise<BundlesModule>;

describe('production bundles', function () {
  this.timeout(60000);

  it('takes the French and Spanish texts of plain messages apart, and the English one of a description', async () => {
    const { takeTranslationsApart } = await loadBundles();
    const source = [
      "const messages = defineMessages({",
      "  description: { en: 'What it checks.', fr: 'Ce qu’elle vérifie.', es: 'Lo que comprueba.' },",
      "  plain: {",
      "    en: 'Found {n}.',",
      "    fr: 'Trouvé {n}.',",
      "    es: 'Encontrado {n}.',",
      "  },",
      "  computed: { en: 'A' + 'b', fr: 'C', es: 'D' },",
      "  reordered: { fr: 'F', en: 'E', es: 'S' },",
      "});",
      "const other = defineMessages({ one: { en: '1', fr: 'un', es: 'uno' } });",
    ].join('\n');
    const texts: Record<string, Record<string, Record<string, string>>> = {};
    const path = join(ROOT, 'server', 'src', 'rules', 'example.ts');
    const out = takeTranslationsApart(path, source, texts);
    assert.deepEqual(texts.fr, { 'rules/example.ts#0': { plain: 'Trouvé {n}.', description: 'Ce qu’elle vérifie.' }, 'rules/example.ts#1': { one: 'un' } });
    assert.deepEqual(texts.en, { 'rules/example.ts#0': { description: 'What it checks.' } });
    assert.equal(texts.es?.['rules/example.ts#1']?.one, 'uno');
    // What stays: English, the messages that are not three literals in order, and the id of each call.
    assert.match(out, /description: \{\}/);
    assert.match(out, /en: 'Found \{n\}\.',\n {2}\},/);
    assert.match(out, /computed: \{ en: 'A' \+ 'b', fr: 'C', es: 'D' \}/);
    assert.match(out, /reordered: \{ fr: 'F', en: 'E', es: 'S' \}/);
    assert.match(out, /\}, "rules\/example\.ts#0"\);/);
    assert.match(out, /\/\* @__PURE__ \*\/ defineMessages\(\{ one: \{ en: '1' \} \}, "rules\/example\.ts#1"\)/);
    assert.doesNotMatch(out, /Trouvé|Encontrado|What it checks/);
    // A file without messages is left as it is.
    assert.equal(takeTranslationsApart(path, 'export const x = 1;\n', texts), 'export const x = 1;\n');
  });

  it('gives the editing room every module it takes from the bundle that loads it', function () {
    const room = join(ROOT, 'dist', 'editing.js');
    if (!existsSync(room)) this.skip();
    const asked = new Set([...readFileSync(room, 'utf8').matchAll(/"unres-host:([^"]+)"/g)].map((m) => m[1]!));
    assert.ok(asked.has('analysis') && asked.has('vscode-languageserver-types'), [...asked].join(' '));
    for (const name of asked) assert.ok(name in HOST_MODULES, `dist/editing.js needs ${name}`);
  });

  it('answers in French and Spanish from the bundle as from the sources', function () {
    const cli = join(ROOT, 'dist', 'cli.js');
    const sources = join(ROOT, 'out', 'server', 'src', 'cli', 'index.js');
    if (!existsSync(join(ROOT, 'dist', 'messages-fr.js'))) this.skip();
    const run = (script: string, args: string[]) => {
      const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, UNRES_WORKERS: '1' } });
      // (The SARIF log names the version, which only the bundle is built with.)
      return `${r.status}\n${r.stdout.replace(/"version": "[^"]*"/g, '"version"')}\n${r.stderr}`;
    };
    for (const args of [
      ['check', '--locale', 'fr', '--no-config', 'test/fixtures/rules'],
      ['check', '--locale', 'es', '--no-config', '--format', 'sarif', 'test/fixtures/rules'],
      ['rules', '--locale', 'fr'],
      ['rules', '--locale', 'en'],
      ['renumber', '--locale', 'es', 'test/fixtures/renumber/es-references.md'],
    ]) {
      const bundled = run(cli, args);
      assert.ok(bundled.length > 200, bundled);
      assert.equal(bundled, run(sources, args), args.join(' '));
    }
  });

  it('starts the command line from the code cache the build wrote, which V8 accepts', function () {
    // V8 refuses a cache made under other flags or for another source without a word: only the start slows.
    if (!existsSync(join(ROOT, 'dist', 'cli-bundle.cache'))) this.skip();
    const cli = JSON.stringify(join(ROOT, 'dist', 'cli.js'));
    const r = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${cli}).codeCacheUsed()))`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    assert.equal(r.stdout, 'true', r.stderr);
  });
});
