import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { FileSettings } from '../config';
import { VERSION_FILE, listVersionFiles } from '../versions/files';
import { counterpartsOf, readVersionsSetting } from '../versions/lazy';

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
    for (const name of counterpartsOf(rel, text, listVersionFiles(base), readVersionsSetting(settings.versions))) found.add(join(base, name));
  }
  found.delete(path);
  const shown = (p: string): string => {
    const r = relative(process.cwd(), p);
    return r !== '' && !r.startsWith('..') ? r : p;
  };
  return [...found].sort().map(shown);
}
