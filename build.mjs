// Bundles the extension client, the language server and the CLI with esbuild.
// Type checking is separate (`tsc -b`), as in the VS Code extension samples.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

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

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // Akoma Ntoso, Word and the preview page, with their libraries: loaded by the CLI and the server only
  // when one of those commands runs (server/src/interchange/load.ts), so that dist/server.js stays small.
  build({ ...common, entryPoints: ['server/src/interchange/index.ts'], outfile: 'dist/interchange.js' }),
]);
