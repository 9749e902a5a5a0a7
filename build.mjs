// Bundles the extension client, the language server and the CLI with esbuild.
// Type checking is separate (`tsc -b`), as in the VS Code extension samples.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliOptions, commonOptions, editingOptions, serverOptions, writeTranslations } from './scripts/bundles.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = commonOptions({ production, version });
// The French and Spanish texts of the server's and the CLI's messages, kept apart from their bundles in
// production (scripts/bundles.mjs): written beside them once both are built.
const texts = {};
const apart = production ? texts : undefined;

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build(serverOptions(common, apart)),
  // The command line's code; dist/cli.js, which starts it, is built below (see cli/launch.ts).
  build(cliOptions(common, apart)),
  // (jsonc-parser's ESM build: the UMD one that "main" names cannot be bundled.)
  build({ ...common, entryPoints: ['server/src/config/parse.ts'], outfile: 'dist/config-reader.js', mainFields: ['module', 'main'] }),
  // Akoma Ntoso, Word and the preview page, with their libraries: loaded by the CLI and the server only
  // when one of those commands runs (server/src/interchange/load.ts), so that dist/server.js stays small.
  build({ ...common, entryPoints: ['server/src/interchange/index.ts'], outfile: 'dist/interchange.js' }),
  // The amendment reader and planner: loaded when a document is an amendment sheet (amendments/lazy.ts).
  build({ ...common, entryPoints: ['server/src/amendments/index.ts'], outfile: 'dist/amendments.js' }),
  // The comparison of language versions: loaded when a document has a counterpart (versions/lazy.ts).
  build({ ...common, entryPoints: ['server/src/versions/index.ts'], outfile: 'dist/versions.js' }),
  // Hover, completion, code actions, renumbering and definitions, loaded on the first such request
  // (editing/lazy.ts): the modules they share with the server are the server's own (scripts/bundles.mjs).
  build(editingOptions(common, apart)),
  // The packed adoption dates of resolutions (13 KB of data), read on the first date looked up.
  build({ ...common, entryPoints: ['server/src/adoption-dates/index.ts'], outfile: 'dist/adoption-dates.js' }),
  // Revision comparison and its diff library, loaded by the server only when a comparison is asked for.
  build({ ...common, entryPoints: ['server/src/revisions/index.ts'], outfile: 'dist/revisions.js' }),
]);

for (const file of ['messages-en.js', 'messages-fr.js', 'messages-es.js']) rmSync(join('dist', file), { force: true });
if (apart) await writeTranslations('dist', apart);

// The configuration file's JSON schema (contributed to VS Code in package.json "jsonValidation"), made from
// the rule registry so that every rule is in it.
const scratch = join(tmpdir(), `unres-schema-${process.pid}`);
mkdirSync(scratch, { recursive: true });
await build({ ...common, sourcemap: false, entryPoints: ['server/src/config/schema.ts'], outfile: join(scratch, 'schema.js') });
const schema = createRequire(import.meta.url)(join(scratch, 'schema.js'));
rmSync(scratch, { recursive: true, force: true });
writeFileSync('dist/unres.schema.json', JSON.stringify(schema.configSchema(), null, 2) + '\n');
writeFileSync('dist/unres-package.schema.json', JSON.stringify(schema.packageJsonSchema(), null, 2) + '\n');

// The command line's entry point, dist/cli.js (cli/launch.ts), with the SHA-256 of the bundle it starts, and
// in a production build V8's code cache of that bundle (dist/cli-bundle.cache), made by checking the rule
// fixtures, in three languages, in a process started as `unres` is, in one thread.
const digest = createHash('sha256').update(readFileSync('dist/cli-bundle.js')).digest('hex');
rmSync('dist/cli-bundle.cache', { force: true });
await build({
  ...common,
  entryPoints: ['server/src/cli/launch.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
  define: { ...common.define, ...(production ? { UNRES_BUNDLE_DIGEST: JSON.stringify(digest) } : {}) },
});
if (production) {
  const script = `require(${JSON.stringify(join(process.cwd(), 'dist', 'cli.js'))}).writeCodeCache(['check', 'test/fixtures/rules', '--no-config'], ${JSON.stringify(digest)})`;
  const made = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, UNRES_WORKERS: '1', NODE_OPTIONS: '' }, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`the CLI's code cache could not be made: ${made.stderr}`);
}
