import type { Language } from '../lexicon';
import type { Message } from '../messages';
import type { SeveritySetting, VersionsSetting } from '../settings';

/**
 * How the configuration module reads files: the CLI and the server pass one that reads the disk; tests pass
 * a map. Paths are absolute; `undefined` means there is no such file (or it cannot be read).
 */
export interface ConfigReader {
  read(path: string): string | undefined;
}

/** Where a problem in a configuration file stands: 0-based line and character, as LSP counts them. */
export interface ConfigProblem {
  readonly file: string;
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly severity: 'error' | 'warning';
  readonly message: Message;
  readonly args?: Readonly<Record<string, string | number>>;
}

/** The settings a configuration file (or one of its overrides) gives; absent keys leave the value as it was. */
export interface ConfigSettings {
  readonly language?: 'auto' | Language;
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly versions?: VersionsSetting;
  /** Absolute path of the citation catalogue (given relative to the configuration file). */
  readonly catalogue?: string;
}

export interface ConfigOverride {
  /** Globs relative to the folder of the file that declares them. */
  readonly files: readonly RegExp[];
  readonly settings: ConfigSettings;
}

/** One configuration file as read: its own settings, not yet merged with what it extends. */
export interface ParsedConfig {
  readonly path: string;
  readonly dir: string;
  readonly settings: ConfigSettings;
  readonly ignore: readonly RegExp[];
  readonly overrides: readonly ConfigOverride[];
  /** Absolute paths of the files it extends, in order (later ones win). */
  readonly extends: readonly string[];
}

/** A configuration as it applies: the file found for a draft and everything it extends, base first. */
export interface LoadedConfig {
  /** The file found upward from the draft (.unres.json or package.json). */
  readonly path: string;
  /** The files to apply in order: extended ones first, the found one last. */
  readonly layers: readonly ParsedConfig[];
  /** Problems in any of the files, each on the file it is in. */
  readonly problems: readonly ConfigProblem[];
}

/** What the configuration says about one file. */
export interface FileSettings extends ConfigSettings {
  /** The configuration's `ignore` names the file: it is not checked. */
  readonly ignored: boolean;
  /** The configuration file that applies (undefined: none was found). */
  readonly configPath?: string;
  /** The folder of the configuration (layer) that gave `versions`: its paths and globs are relative to it. */
  readonly versionsDir?: string;
}
