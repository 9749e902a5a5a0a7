// Bundles the extension client, the language server and the CLI with esbuild.
// Type checking is separate (`tsc -b`), as in the VS Code extension samples.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  define: { UNRES_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
};

// The configuration file's reader (with the JSON-with-comments parser and its messages) is required only
// when a configuration file exists: it stays out of the server and CLI bundles (size budget, start-up
// time), in a file of its own beside them.
const configApart = {
  name: 'config-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/parse$/ }, (args) =>
      /[\\/]config[\\/]load\.ts$/.test(args.importer) ? { path: './config-reader.js', external: true } : undefined,
    );
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [configApart] }),
  // The command line's code; dist/cli.js, which starts it, is built below (see cli/launch.ts).
  build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli-bundle.js', plugins: [configApart] }),
  // (jsonc-parser's ESM build: the UMD one that "main" names cannot be bundled.)
  build({ ...common, entryPoints: ['server/src/config/parse.ts'], outfile: 'dist/config-reader.js', mainFields: ['module', 'main'] }),
  // Akoma Ntoso, Word and the preview page, with their libraries: loaded by the CLI and the server only
  // when one of those commands runs (server/src/interchange/load.ts), so that dist/server.js stays small.
  build({ ...common, entryPoints: ['server/src/interchange/index.ts'], outfile: 'dist/interchange.js' }),
  // The amendment reader and planner: loaded when a document is an amendment sheet (amendments/lazy.ts).
  build({ ...common, entryPoints: ['server/src/amendments/index.ts'], outfile: 'dist/amendments.js' }),
  // The comparison of language versions: loaded when a document has a counterpart (versions/lazy.ts).
  build({ ...common, entryPoints: ['server/src/versions/index.ts'], outfile: 'dist/versions.js' }),
  // Revision comparison and its diff library, loaded by the server only when a comparison is asked for.
  build({ ...common, entryPoints: ['server/src/revisions/index.ts'], outfile: 'dist/revisions.js' }),
]);

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
