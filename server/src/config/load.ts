import { dirname, join, relative } from 'node:path';
import { RULES } from '../rules';
import type { ConfigProblem, ConfigReader, LoadedConfig, ParsedConfig } from './types';

/**
 * The reader of configuration files, required when the first one is found (a file of its own in the
 * bundles, with the JSON-with-comments parser: see build.mjs).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reader = (): typeof import('./parse') => require('./parse') as typeof import('./parse');
const RULE_CODES: ReadonlySet<string> = new Set(RULES.map((r) => r.code));

/** The configuration file's name; a package.json with an `unres` key is read too. */
export const CONFIG_FILE = '.unres.json';
const MAX_EXTENDS_DEPTH = 10;

export interface ConfigStoreOptions {
  /** Keys that name files to read (catalogue, extends) are ignored. */
  readonly untrusted?: boolean;
}

/**
 * Finds and reads the configuration that applies to a file: the nearest `.unres.json` or package.json with
 * an `unres` key, from the file's folder upward, with everything it extends. Each folder and file is read
 * once; `clear()` forgets them all when one has changed (the server watches them).
 */
export class ConfigStore {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly byFile = new Map<string, LoadedConfig | null>();

  constructor(
    private readonly reader: ConfigReader,
    private readonly options: ConfigStoreOptions = {},
  ) {}

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  /** The configuration for a file (absolute path), or undefined when there is none up to the root. */
  forFile(path: string): LoadedConfig | undefined {
    return this.forDir(dirname(path));
  }

  /** Every configuration read so far: the server shows their problems on the files. */
  loaded(): LoadedConfig[] {
    return [...new Set([...this.byDir.values(), ...this.byFile.values()])].filter((c): c is LoadedConfig => c !== null);
  }

  forDir(dir: string): LoadedConfig | undefined {
    const seen: string[] = [];
    let found: LoadedConfig | null | undefined;
    for (let current = dir; ; ) {
      if (this.byDir.has(current)) {
        found = this.byDir.get(current);
        break;
      }
      seen.push(current);
      found = this.load(join(current, CONFIG_FILE), false) ?? this.load(join(current, 'package.json'), true);
      if (found) break;
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of seen) this.byDir.set(d, found ?? null);
    return found ?? undefined;
  }

  private load(path: string, packageJson: boolean): LoadedConfig | undefined {
    if (this.byFile.has(path)) return this.byFile.get(path) ?? undefined;
    const text = this.reader.read(path);
    let loaded: LoadedConfig | undefined;
    if (text !== undefined) {
      const problems: ConfigProblem[] = [];
      const layers = this.layers(path, text, packageJson, problems, [path]);
      // A package.json without `unres` is not a configuration; a broken .unres.json still is (its problem
      // is shown, and the defaults apply), so that a broken file does not let a parent folder's apply.
      if (layers.length > 0 || !packageJson || problems.length > 0) loaded = { path, layers, problems };
    }
    this.byFile.set(path, loaded ?? null);
    return loaded;
  }

  /** The file's layers, base first: the files it extends (depth first), then itself. */
  private layers(path: string, text: string, packageJson: boolean, problems: ConfigProblem[], chain: string[]): ParsedConfig[] {
    const parsed = reader().parseConfig(path, text, { packageJson, ruleCodes: RULE_CODES, ...(this.options.untrusted ? { untrusted: true } : {}) });
    problems.push(...parsed.problems);
    const config = parsed.config;
    if (!config) return [];
    const layers: ParsedConfig[] = [];
    const M = reader().CONFIG_MESSAGES;
    for (const base of config.extends) {
      const where = problems.length;
      if (chain.includes(base) || chain.length > MAX_EXTENDS_DEPTH) {
        problems.push(fileProblem(path, M.extendsCycle, relative(config.dir, base)));
        continue;
      }
      const baseText = this.reader.read(base);
      if (baseText === undefined) {
        problems.splice(where, 0, fileProblem(path, M.extendsMissing, relative(config.dir, base)));
        continue;
      }
      layers.push(...this.layers(base, baseText, base.endsWith('package.json'), problems, [...chain, base]));
    }
    layers.push(config);
    return layers;
  }
}

/** A problem about the whole file, shown on its first character. */
function fileProblem(file: string, message: ConfigProblem['message'], name: string): ConfigProblem {
  return { file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 'warning', message, args: { file: name } };
}
