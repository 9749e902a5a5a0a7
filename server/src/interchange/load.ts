import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Interchange from './index';

export type InterchangeModule = typeof Interchange;

let loaded: InterchangeModule | undefined;

/**
 * The interchange code (and the Word libraries in it) lives in its own bundle, dist/interchange.js, beside
 * the bundled CLI and server, so that the language server every editor loads stays small. It is required
 * only when an import, an export or the preview runs. Run from the compiled sources (tests), the module is
 * required from its folder instead; the name is computed so that esbuild does not bundle it.
 */
export function loadInterchange(): InterchangeModule {
  if (loaded) return loaded;
  const bundled = join(__dirname, 'interchange.js');
  const source = ['..', 'interchange', 'index'].join('/');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require(existsSync(bundled) ? bundled : source) as InterchangeModule;
  return loaded;
}
