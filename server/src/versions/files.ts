import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files that may be a version of a draft. */
export const VERSION_FILE = /\.(md|markdown|unres|txt)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/**
 * The files under `root` that may be versions of a draft, relative to it with "/" separators: at most
 * `max` of them, six folders deep, skipping hidden folders and build output (the editor and the command
 * line pair versions among these).
 */
export function listVersionFiles(root: string, max = 5000): string[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (files.length >= max || depth > 6) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && !SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && VERSION_FILE.test(e.name)) files.push(relative(root, join(dir, e.name)).split(sep).join('/'));
    }
  };
  walk(root, 0);
  return files;
}
