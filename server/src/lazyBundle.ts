import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A room of the house that the language server loads only when it is used (Word and Akoma Ntoso, the
 * amendment reader, the comparison of revisions and of language versions): each is a bundle of its own
 * beside dist/server.js and dist/cli.js (see build.mjs), so that the server every editor starts stays within
 * its size budget. Run from the compiled sources (tests), the room's folder is required instead. The path
 * is computed at run time so that esbuild does not pull the room into the bundle that loads it.
 */
export function lazyBundle<T>(room: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const bundled = join(__dirname, `${room}.js`);
      const source = ['.', room, 'index'].join('/');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require(existsSync(bundled) ? bundled : source) as T;
    }
    return loaded;
  };
}
