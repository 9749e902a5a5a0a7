import { dirname, isAbsolute, resolve } from 'node:path';
import * as Jsonc from 'jsonc-parser';
import type { Message } from '../messages';
import { SEVERITY_SETTINGS, type SeveritySetting, type VersionsSetting } from '../settings';
import { globToRegExp } from './glob';
import { CONFIG_MESSAGES as M } from './messages';
import type { ConfigOverride, ConfigProblem, ConfigSettings, ParsedConfig } from './types';

/**
 * This module (with the JSON-with-comments reader and the messages) is required on first use by load.ts:
 * the server and CLI bundles keep it in a file of their own (dist/config-reader.js, see build.mjs), so that
 * a workspace without a configuration file never loads it.
 */
const jsonc = (): typeof Jsonc => Jsonc;
export { CONFIG_MESSAGES } from './messages';

export const CONFIG_KEYS = ['$schema', 'extends', 'language', 'rules', 'versions', 'catalogue', 'ignore', 'overrides'] as const;
const OVERRIDE_KEYS = ['files', 'language', 'rules', 'versions'];

export interface ParseOptions {
  /** Read the `unres` key of a package.json instead of the whole file. */
  readonly packageJson?: boolean;
  /** An untrusted workspace: keys that name files to read (catalogue, extends) are ignored. */
  readonly untrusted?: boolean;
  /** The rule codes (given by the caller: this module stays apart from the rule registry). */
  readonly ruleCodes: ReadonlySet<string>;
}

/** Reads one configuration file; undefined for a package.json without an `unres` key. */
export function parseConfig(path: string, text: string, options: ParseOptions): { config?: ParsedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const at = positions(text);
  const report = (node: { offset: number; length: number } | undefined, message: Message, args?: Record<string, string | number>, severity: 'error' | 'warning' = 'warning'): void => {
    const start = node?.offset ?? 0;
    const end = node ? node.offset + node.length : Math.min(text.length, 1);
    problems.push({ file: path, range: { start: at(start), end: at(end) }, severity, message, ...(args ? { args } : {}) });
  };
  const { parseTree, findNodeAtLocation, printParseErrorCode } = jsonc();
  const errors: Jsonc.ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    // One diagnostic, on the first mistake: the others usually follow from it.
    const first = errors[0];
    report(first ? { offset: first.offset, length: Math.max(1, first.length) } : undefined, M.syntax, { error: first ? words(printParseErrorCode(first.error)) : 'empty' }, 'error');
    return { problems };
  }
  const root = options.packageJson ? findNodeAtLocation(tree, ['unres']) : tree;
  if (!root) return { problems };
  if (root.type !== 'object') {
    report(root, M.notObject, undefined, 'error');
    return { problems };
  }
  const dir = dirname(path);
  const reader = new NodeReader(report, dir, options);
  const props = reader.properties(root, CONFIG_KEYS);
  const settings = reader.settings(props);
  const config: ParsedConfig = {
    path,
    dir,
    settings,
    ignore: reader.globs(props.get('ignore'), 'ignore'),
    overrides: reader.overrides(props.get('overrides')),
    extends: reader.fileNames(props.get('extends'), 'extends'),
  };
  // In the order they stand in the file, whatever order the keys were read in.
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { config, problems };
}

type Report = (node: Jsonc.Node | undefined, message: Message, args?: Record<string, string | number>, severity?: 'error' | 'warning') => void;

/** Reads the values of the tree, reporting each that is not what it should be and keeping the rest. */
class NodeReader {
  constructor(
    private readonly report: Report,
    private readonly dir: string,
    private readonly options: ParseOptions,
  ) {}

  properties(node: Jsonc.Node, known: readonly string[]): Map<string, Jsonc.Node> {
    const map = new Map<string, Jsonc.Node>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      if (!known.includes(key)) this.report(keyNode, M.unknownKey, { key, known: known.filter((k) => k !== '$schema').join(', ') });
      else map.set(key, valueNode);
    }
    return map;
  }

  settings(props: Map<string, Jsonc.Node>): ConfigSettings {
    const language = this.language(props.get('language'));
    const rules = this.rules(props.get('rules'));
    const versions = this.versions(props.get('versions'));
    const catalogue = this.fileNames(props.get('catalogue'), 'catalogue', true)[0];
    return { ...(language ? { language } : {}), ...(rules ? { rules } : {}), ...(versions ? { versions } : {}), ...(catalogue ? { catalogue } : {}) };
  }

  private language(node: Jsonc.Node | undefined): ConfigSettings['language'] {
    if (!node) return undefined;
    if (node.value === 'auto' || node.value === 'en' || node.value === 'fr' || node.value === 'es') return node.value;
    this.report(node, M.badLanguage, undefined, 'error');
    return undefined;
  }

  private rules(node: Jsonc.Node | undefined): Record<string, SeveritySetting> | undefined {
    if (!node) return undefined;
    if (node.type !== 'object') {
      this.report(node, M.notObject, undefined, 'error');
      return undefined;
    }
    const rules: Record<string, SeveritySetting> = {};
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const code = String(keyNode.value);
      if (!this.options.ruleCodes.has(code)) this.report(keyNode, M.unknownRule, { code });
      else if (typeof valueNode.value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(valueNode.value)) {
        this.report(valueNode, M.badSeverity, undefined, 'error');
      } else rules[code] = valueNode.value as SeveritySetting;
    }
    return rules;
  }

  private versions(node: Jsonc.Node | undefined): VersionsSetting | undefined {
    if (!node) return undefined;
    // (A plain copy: the reader builds objects without a prototype.)
    const value = JSON.parse(JSON.stringify(jsonc().getNodeValue(node))) as unknown;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.report(node, M.badVersions, undefined, 'error');
    return undefined;
  }

  /** A string or a list of strings. */
  strings(node: Jsonc.Node | undefined, key: string): string[] {
    if (!node) return [];
    if (node.type === 'string') return [String(node.value)];
    if (node.type === 'array' && (node.children ?? []).every((c) => c.type === 'string')) return (node.children ?? []).map((c) => String(c.value));
    this.report(node, M.badList, { key }, 'error');
    return [];
  }

  globs(node: Jsonc.Node | undefined, key: string): RegExp[] {
    return this.strings(node, key).map((g) => globToRegExp(g));
  }

  /** Paths of files to read, made absolute against the configuration's folder; none when untrusted. */
  fileNames(node: Jsonc.Node | undefined, key: string, single = false): string[] {
    if (!node) return [];
    if (single && node.type !== 'string') {
      this.report(node, M.badString, { key }, 'error');
      return [];
    }
    const names = this.strings(node, key).filter((n) => n.trim() !== '');
    if (names.length > 0 && this.options.untrusted) {
      this.report(node, M.untrusted, { key });
      return [];
    }
    return names.map((n) => (isAbsolute(n) ? n : resolve(this.dir, n)));
  }

  overrides(node: Jsonc.Node | undefined): ConfigOverride[] {
    if (!node) return [];
    if (node.type !== 'array') {
      this.report(node, M.badOverride, undefined, 'error');
      return [];
    }
    const overrides: ConfigOverride[] = [];
    for (const item of node.children ?? []) {
      if (item.type !== 'object') {
        this.report(item, M.badOverride, undefined, 'error');
        continue;
      }
      const props = this.properties(item, OVERRIDE_KEYS);
      const files = this.globs(props.get('files'), 'files');
      if (files.length === 0) {
        if (!props.get('files')) this.report(item, M.badOverride, undefined, 'error');
        continue;
      }
      overrides.push({ files, settings: this.settings(props) });
    }
    return overrides;
  }
}

/** "CloseBraceExpected" → "close brace expected": the reader's error code as a person reads it. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Offset → 0-based line and character, for the few offsets of a configuration file's problems. */
function positions(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return { line, character: offset - starts[line]! };
  };
}
