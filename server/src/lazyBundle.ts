import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';

/**
 * A room of the house that the language server loads only when it is used (Word and Akoma Ntoso, the
 * amendment reader, the comparison of revisions and of language versions, the editing features): each is a
 * bundle of its own beside dist/server.js and dist/cli.js (see build.mjs), so that the server every editor
 * starts stays within its size budget. Run from the compiled sources (tests), the room's folder is required
 * instead. The path is computed at run time so that esbuild does not pull the room into the bundle that
 * loads it.
 *
 * `host`: the modules the room's bundle takes from the bundle that loads it (`require("unres-host:NAME")`,
 * see editingApart in scripts/bundles.mjs), by NAME, so that both use one instance of each.
 */
export function lazyBundle<T>(room: string, host?: Readonly<Record<string, unknown>>): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const bundled = join(__dirname, `${room}.js`);
      const source = ['.', room, 'index'].join('/');
      if (!existsSync(bundled)) loaded = require(source) as T;
      else loaded = (host ? requireWithHost(bundled, host) : require(bundled)) as T;
    }
    return loaded;
  };
}

const HOST_PREFIX = 'unres-host:';

/** Runs a CommonJS file as `require` would, its `unres-host:` requires answered from `host`. */
function requireWithHost(file: string, host: Readonly<Record<string, unknown>>): unknown {
  const ordinary = createRequire(file);
  const hostRequire = (id: string): unknown => {
    if (!id.startsWith(HOST_PREFIX)) return ordinary(id);
    const name = id.slice(HOST_PREFIX.length);
    if (!(name in host)) throw new Error(`unres: ${file} needs the module ${name}, which the bundle loading it does not give`);
    return host[name];
  };
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const wrapped = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file });
  (wrapped as (e: unknown, r: unknown, m: unknown, f: string, d: string) => void).call(module.exports, module.exports, hostRequire, module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/**
 * A file the production build writes beside the bundle (a table of data, no fallback to the sources: only
 * the bundle asks for one), required the first time it is used.
 */
export function besideBundle<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded ??= require(join(__dirname, `${name}.js`)) as T;
    return loaded;
  };
}
