import type { Language } from '../lexicon';
import { toLocale, type Locale } from '../messages';
import { RULES } from '../rules';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../settings';

/** A mistake in how unres was called, or a file it cannot read or write: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** `jsonl` puts each item of the JSON answer on its own line, so that a corpus can be read as a stream. */
export type OutputFormat = 'text' | 'json' | 'jsonl' | 'sarif' | 'github';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'jsonl', 'sarif', 'github'];
/** Formats for CI that only `check` writes (SARIF 2.1.0, GitHub workflow annotations). */
export const CHECK_FORMATS: readonly OutputFormat[] = ['sarif', 'github'];

export interface CliOptions {
  format: OutputFormat;
  lang: Language | undefined;
  locale: string | undefined;
  files: string[];
  /** Flags a command may read, e.g. --write. */
  flags: Set<string>;
  /** Options with a value that a command may read, e.g. --catalogue FILE. */
  values: Map<string, string>;
}

/** Options that take a value, beyond --format, --lang and --locale. Commands register theirs here. */
export const VALUE_OPTIONS = new Set<string>(['--catalogue', '--rules', '--max-warnings', '--stdin-filename', '--output', '-o']);
/** Flags without a value that commands accept. */
export const FLAG_OPTIONS = new Set<string>(['--fix', '--write', '--quiet', '--no-config', '--report-unused-directives', '--force', '--akn', '--docx', '--partial', '--as-amendments', '--with-versions']);

/**
 * The command is the first word that is not an option; every later one is a FILE. `-h` and `-v` become the
 * commands "help" and "version" wherever they stand, so that `unres check --help` shows the help.
 */
export function parseArgs(argv: readonly string[]): { command: string | undefined; options: CliOptions } {
  const options: CliOptions = { format: 'text', lang: undefined, locale: undefined, files: [], flags: new Set(), values: new Map() };
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '-h' || name === '--help') command = 'help';
    else if (name === '-v' || name === '--version') command = 'version';
    else if (name === '--format') {
      const v = value();
      // "html" is the diff command's own format (a page to circulate); the others print text or JSON.
      if (v === 'html') options.values.set('--format', v);
      else if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be text, json, jsonl, sarif or github, not "${v}"`);
      else options.format = v as OutputFormat;
    } else if (name === '--lang') {
      const v = value();
      if (v !== 'en' && v !== 'fr' && v !== 'es') throw new UsageError(`--lang must be en, fr or es, not "${v}"`);
      options.lang = v;
    } else if (name === '--locale') options.locale = value();
    else if (VALUE_OPTIONS.has(name)) options.values.set(name, value());
    else if (FLAG_OPTIONS.has(name)) options.flags.add(name);
    else if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option ${name}`);
    else if (command === undefined) command = name;
    else options.files.push(name);
  }
  return { command, options };
}

/** The language of the messages: --locale, else the environment a terminal user has set, else English. */
export function localeOf(options: CliOptions): Locale {
  return toLocale(options.locale ?? process.env.LC_ALL ?? process.env.LANG);
}

/** "--rules italic-lead=off,agreement=hint" → the same map as the unres.rules setting; typos are usage errors. */
export function parseRuleLevels(value: string | undefined): Record<string, SeveritySetting> {
  const levels: Record<string, SeveritySetting> = {};
  if (value === undefined) return levels;
  for (const item of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [code = '', level = ''] = item.split('=').map((s) => s.trim());
    if (!RULES.some((r) => r.code === code)) throw new UsageError(`--rules: unknown rule "${code}" (see unres rules)`);
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(level)) {
      throw new UsageError(`--rules: "${item}" needs a level: error, warning, information, hint or off`);
    }
    levels[code] = level as SeveritySetting;
  }
  return levels;
}
