import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { FileSettings } from '../config';
import { counterpartsOf, readVersionsSetting } from '../versions/lazy';

const VERSION_FILE = /\.(md|markdown|unres|txt)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);
/** At most this many files are listed under a configuration's folder when its `versions` is read. */
const MAX_FILES = 5000;

/**
 * The other language versions of `file` on disk, as the editor pairs them: by name among the files beside
 * it, by the first-line comment, and by the configuration file's `versions` (relative to that file's
 * folder). Paths as the command line shows them (relative to the working folder when inside it).
 */
export function pairedFiles(file: string, settings: FileSettings, text = readFileSync(file, 'utf8')): string[] {
  const path = resolve(file);
  const dir = dirname(path);
  const found = new Set<string>();
  let siblings: string[] = [];
  try {
    siblings = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && VERSION_FILE.test(e.name)).map((e) => e.name);
  } catch {
    // an unreadable folder: only the configuration can name versions
  }
  for (const name of counterpartsOf(basename(path), text, siblings)) found.add(join(dir, name));
  if (settings.versions !== undefined && settings.versionsDir !== undefined) {
    const base = settings.versionsDir;
    const rel = relative(base, path).split(sep).join('/');
    for (const name of counterpartsOf(rel, text, listFiles(base), readVersionsSetting(settings.versions))) found.add(join(base, name));
  }
  found.delete(path);
  const shown = (p: string): string => {
    const r = relative(process.cwd(), p);
    return r !== '' && !r.startsWith('..') ? r : p;
  };
  return [...found].sort().map(shown);
}

function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (files.length >= MAX_FILES || depth > 6) return;
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
