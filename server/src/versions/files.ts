import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files that may be a draft, or a version of one. */
export const VERSION_FILE = /\.(md|markdown|unres|txt)$/i;
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);

/**
 * The files under the `roots` that may be drafts, as absolute paths: at most `max` of them, `maxDepth` folders
 * deep, skipping hidden folders and build output. A bounded walk, since a workspace may be any folder; the
 * pairing of versions (editor and command line) and the amendment sheets' search for their draft use it.
 */
export function listDraftFiles(roots: readonly string[], max: number, maxDepth: number): string[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (files.length >= max || depth > maxDepth) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (files.length >= max) return;
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && VERSION_FILE.test(e.name)) files.push(join(dir, e.name));
    }
  };
  for (const root of roots) walk(root, 0);
  return files;
}

/** The files under `root` that may be versions of a draft, relative to it with "/" separators. */
export function listVersionFiles(root: string, max = 5000): string[] {
  return listDraftFiles([root], max, 6).map((path) => relative(root, path).split(sep).join('/'));
}
