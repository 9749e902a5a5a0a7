import type { Language } from '../lexicon';

/**
 * Which files are language versions of one another. Three ways, all pure (the caller lists the files):
 * - the file name: "draft.en.unres" / "draft.fr.md" / "draft-es.md", "sc-2508-2020-en.md" / "…-fr.md";
 * - the `unres.versions` setting: glob patterns, each matching the versions of one text, or an explicit map
 *   from a file to its other versions (relative to the workspace folder);
 * - a comment on the first line naming the other versions: `<!-- versions: draft.fr.md draft.es.md -->`.
 */

/** The `unres.versions` setting, read once: patterns and explicit pairs, both with "/" separators. */
export interface VersionsSetting {
  readonly globs: readonly string[];
  readonly map: ReadonlyMap<string, readonly string[]>;
}

export const NO_VERSIONS_SETTING: VersionsSetting = { globs: [], map: new Map() };

/**
 * Reads the value of `unres.versions` (from the editor settings or a configuration file) defensively: a
 * list of glob strings, or an object mapping a file to a list of files (or one file). Anything else is ignored.
 */
export function readVersionsSetting(value: unknown): VersionsSetting {
  const clean = (s: unknown): string | undefined => (typeof s === 'string' && s.trim() !== '' ? s.trim().replace(/\\/g, '/').replace(/^\.\//, '') : undefined);
  if (Array.isArray(value)) return { globs: value.map(clean).filter((s): s is string => s !== undefined), map: new Map() };
  if (value && typeof value === 'object') {
    const map = new Map<string, string[]>();
    for (const [key, others] of Object.entries(value as Record<string, unknown>)) {
      const from = clean(key);
      const list = (Array.isArray(others) ? others : [others]).map(clean).filter((s): s is string => s !== undefined);
      if (!from || list.length === 0) continue;
      // Pairing goes both ways: "a → b" makes b a version of a too.
      const group = [from, ...list];
      for (const file of group) map.set(file, [...new Set([...(map.get(file) ?? []), ...group.filter((f) => f !== file)])]);
    }
    return { globs: [], map };
  }
  return NO_VERSIONS_SETTING;
}

const LANGUAGE_SUFFIX = /^(.*?)[._-](en|fr|es)(\.[^./]+)?$/i;

/** "draft.fr.md" → { stem: "draft", language: "fr" }; undefined when the name carries no language. */
export function nameLanguage(path: string): { stem: string; language: Language } | undefined {
  const slash = path.lastIndexOf('/');
  const m = LANGUAGE_SUFFIX.exec(path.slice(slash + 1));
  if (!m) return undefined;
  return { stem: `${path.slice(0, slash + 1)}${m[1]!.toLowerCase()}`, language: m[2]!.toLowerCase() as Language };
}

/** The other versions named on the first line: `<!-- versions: draft.fr.md draft.es.md -->`. */
export function versionsComment(text: string): string[] {
  const first = /^\uFEFF?[ \t]*<!--[ \t]*versions?[ \t]*:([^\n]*?)-->/i.exec(text.slice(0, 2000));
  return first ? first[1]!.split(/[\s,;]+/).filter((s) => s !== '') : [];
}

/** A glob with "*", "**" and "?" as a regular expression over "/"-separated relative paths. */
export function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

/**
 * The other versions of `path` among `files` (all relative to one folder, "/"-separated): by file name, by
 * the setting, and by the first-line comment of `text` (resolved beside `path`). Never `path` itself.
 */
export function counterpartsOf(path: string, text: string, files: readonly string[], setting: VersionsSetting = NO_VERSIONS_SETTING): string[] {
  const found = new Set<string>();
  const mine = nameLanguage(path);
  if (mine) {
    for (const f of files) {
      const other = nameLanguage(f);
      if (other && other.stem === mine.stem && other.language !== mine.language) found.add(f);
    }
  }
  for (const f of setting.map.get(path) ?? []) found.add(f);
  for (const glob of setting.globs) {
    const pattern = globPattern(glob);
    if (!pattern.test(path)) continue;
    for (const f of files) if (pattern.test(f)) found.add(f);
  }
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  for (const name of versionsComment(text)) found.add(normalise(name.startsWith('/') ? name.slice(1) : dir + name));
  found.delete(path);
  return [...found].sort();
}

/** "a/./b/../c.md" → "a/c.md": a name from a comment compared with listed files. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/**
 * counterpartsOf for a setting written in a configuration file: its paths and globs are relative to the
 * file's folder `dir`, while `path` and `files` are relative to the workspace folder ("" when the
 * configuration is there). The answer is relative to the workspace folder, like `files`.
 */
export function counterpartsFromFolder(dir: string, path: string, text: string, files: readonly string[], setting: VersionsSetting): string[] {
  const prefix = dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
  if (!path.startsWith(prefix)) return [];
  const inside = files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  return counterpartsOf(path.slice(prefix.length), text, inside, setting).map((f) => prefix + f);
}
