import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Amendments from './index';

export type AmendmentsModule = typeof Amendments;

let loaded: AmendmentsModule | undefined;

/**
 * The amendment reader, planner and their word tables live in their own bundle, dist/amendments.js, beside
 * the bundled CLI and server: the language server every editor loads stays within its size budget, and the
 * bundle is required the first time a sheet is read (see lazy.ts). Run from the compiled sources (tests),
 * the module is required from its folder; the name is computed so that esbuild does not bundle it.
 */
export function loadAmendments(): AmendmentsModule {
  if (loaded) return loaded;
  const bundled = join(__dirname, 'amendments.js');
  const source = ['..', 'amendments', 'index'].join('/');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require(existsSync(bundled) ? bundled : source) as AmendmentsModule;
  return loaded;
}
