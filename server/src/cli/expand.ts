import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { globToRegExp, isGlob } from '../config';
import { looksLikeResolution } from '../service';
import { UsageError } from './args';
import { keepReadAhead } from './files';

/** The name standing for standard input among the FILE arguments. */
export const STDIN = '-';

/** Extensions of drafts found in folders: `.unres` always; Markdown and text only when they read as one. */
const DRAFT = /\.unres$/i;
const MAYBE_DRAFT = /\.(md|markdown|txt)$/i;
/** Folders never walked into. */
const NEVER = new Set(['.git', 'node_modules']);

interface IgnoreRule {
  readonly base: string;
  readonly re: RegExp;
  readonly negated: boolean;
}

/** The patterns of one .gitignore file, read relative to its folder. */
function gitignoreRules(dir: string): IgnoreRule[] {
  let text: string;
  try {
    text = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return [];
  }
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    rules.push({ base: dir, re: globToRegExp(negated ? line.slice(1) : line.replace(/^\\/, '')), negated });
  }
  return rules;
}

function slashed(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Whether the last rule that matches ignores the path (a `!pattern` takes it back), as git reads them. */
function ignoredBy(rules: readonly IgnoreRule[], path: string): boolean {
  let ignored = false;
  for (const rule of rules) {
    const rel = slashed(relative(rule.base, path));
    if (!rel.startsWith('..') && rule.re.test(rel)) ignored = !rule.negated;
  }
  return ignored;
}

/**
 * The .gitignore rules of the folders above `dir`, from the repository's root (the folder with .git) down;
 * none outside a repository. `dir`'s own are read by the walk.
 */
function inheritedRules(dir: string): IgnoreRule[] {
  const chain: string[] = [];
  for (let current = dir; !existsSync(join(current, '.git')); ) {
    const parent = dirname(current);
    if (parent === current) return [];
    chain.unshift(parent);
    current = parent;
  }
  return chain.flatMap(gitignoreRules);
}

export interface ExpandOptions {
  /** Whether the configuration file's `ignore` names a file. */
  readonly configIgnores: (path: string) => boolean;
  /**
   * When given, the Markdown and text files a folder or glob holds after its first draft are listed without
   * being read, and added here: whoever checks one reads it and tests it first (isDraft), so that a run in
   * threads reads each file once, in the threads. The first draft is found as ever, so a folder or glob
   * without drafts is the same usage error.
   */
  readonly untested?: Set<string>;
}

/**
 * The files a `check` run reads: each FILE as given; a folder, every draft under it; a glob, every draft
 * it matches. Folders and globs skip what .gitignore and the configuration's `ignore` name, and Markdown or
 * text files that do not read as resolutions. An argument that names nothing is a usage error.
 */
export function expandFiles(args: readonly string[], options: ExpandOptions): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === STDIN) files.push(arg);
    else if (isGlob(arg) && !existsSync(arg)) files.push(...expandGlob(arg, options));
    else if (existsSync(arg) && statSync(arg).isDirectory()) {
      const found = walk(arg, options);
      if (found.length === 0) throw new UsageError(`no drafts in the directory ${arg}`);
      files.push(...found);
    }
    else files.push(arg);
  }
  return files;
}

/** Whether a FILE argument names a folder or a glob (what expandFiles walks), not one file. */
export function isFolderOrGlob(arg: string): boolean {
  if (arg === STDIN) return false;
  if (isGlob(arg) && !existsSync(arg)) return true;
  try {
    return statSync(arg).isDirectory();
  } catch {
    return false;
  }
}

function expandGlob(pattern: string, options: ExpandOptions): string[] {
  const normal = pattern.replace(/\\/g, '/');
  const staticPart = normal.split('/').findIndex((part) => isGlob(part));
  const base = normal.split('/').slice(0, staticPart).join('/') || '.';
  const re = globToRegExp(normal.startsWith('./') ? normal.slice(2) : normal, { anchored: true });
  const found = existsSync(base) ? walk(base, options, (file) => re.test(slashed(relative('.', file)))) : [];
  if (found.length === 0) throw new UsageError(`no drafts match ${pattern}`);
  return found;
}

function walk(root: string, options: ExpandOptions, accept: (file: string) => boolean = () => true): string[] {
  const files: string[] = [];
  const visit = (dir: string, rules: IgnoreRule[]): void => {
    const here = [...rules, ...gitignoreRules(dir)];
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const absolute = resolve(path);
      if (ignoredBy(here, absolute) || options.configIgnores(absolute)) continue;
      if (entry.isDirectory()) {
        if (!NEVER.has(entry.name)) visit(path, here);
      } else if (entry.isFile() && accept(path)) {
        if (options.untested && files.length > 0 && MAYBE_DRAFT.test(path) && !DRAFT.test(path)) {
          files.push(path);
          options.untested.add(path);
        } else if (isDraft(path)) files.push(path);
      }
    }
  };
  visit(root, inheritedRules(resolve(root)));
  return files;
}

/** Whether a file found in a folder or by a glob is a draft: a `.unres` file, or Markdown or text that reads as one. */
export function isDraft(path: string): boolean {
  if (DRAFT.test(path)) return true;
  if (!MAYBE_DRAFT.test(path)) return false;
  try {
    const text = readFileSync(path, 'utf8');
    if (!looksLikeResolution(text.slice(0, 20000))) return false;
    // The check reads it next: kept, so that it is read from disk once (files.ts).
    keepReadAhead(path, text);
    return true;
  } catch {
    return false;
  }
}
