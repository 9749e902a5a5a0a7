import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Language } from './lexicon';
import { toLocale } from './messages';
import { applyOffsetEdits } from './features/offsetEdits';
import { planRenumber } from './features/renumber';
import type { Paragraph } from './model/types';
import { RULES } from './rules';
import { createResolutionService, type ResolutionService } from './service';
import { describeCatalogueProblem, loadCatalogueSync } from './citations';
import { DEFAULT_SETTINGS, SEVERITY_SETTINGS, type SeveritySetting } from './settings';

/**
 * `unres`: the language service on the command line, for CI pipelines.
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or I/O error (one line on stderr).
 */
const USAGE = `Usage: unres <command> [options] FILE...

Commands:
  check FILE...      report structural problems (file:line:col: severity code message)
  outline FILE       print the structure the checker sees
  rules              list the rules with their codes and default severities
  renumber FILE      number operative paragraphs 1..N, reletter subparagraphs and update the
                     references to them; prints the result (--write: changes the file instead)

Options:
  --format text|json output format (default: text)
  --lang en|fr|es    force the document language instead of detecting it
  --locale en|fr|es  language of the messages (default: from LANG, else English)
  --rules CODE=LEVEL[,CODE=LEVEL...]
                     set how rules are reported: error, warning, information, hint or off
                     (e.g. --rules italic-lead=off,agreement=hint), as the unres.rules setting does
  --fix              check: apply every safe fix to the files first, then report what remains
  --catalogue FILE   check: a TSV file of resolutions (number, date, subject) that extends the built-in
                     citation facts, as the unres.catalogue setting does
  --write            renumber: write the result back to FILE
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 no error found, 1 errors found, 2 usage or file error.`;

export class UsageError extends Error {}

export interface CliOptions {
  format: 'text' | 'json';
  lang: Language | undefined;
  locale: string | undefined;
  files: string[];
  /** Flags a command may read, e.g. --write. */
  flags: Set<string>;
  /** Options with a value that a command may read, e.g. --catalogue FILE. */
  values: Map<string, string>;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Shows how far a run over many files has got (a terminal only; CI logs stay clean). */
  progress?(done: number, total: number): void;
}

/** Options that take a value, beyond --format, --lang and --locale. Commands register theirs here. */
export const VALUE_OPTIONS = new Set<string>(['--catalogue', '--rules']);
/** Flags without a value that commands accept. */
export const FLAG_OPTIONS = new Set<string>(['--fix', '--write']);

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
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
      options.format = v;
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

export function readDocument(file: string): TextDocument {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (stat.isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return TextDocument.create(pathToFileURL(resolve(file)).toString(), 'unres', 1, text);
}

export function makeService(options: CliOptions, io?: CliIo): ResolutionService {
  const locale = toLocale(options.locale ?? process.env.LC_ALL ?? process.env.LANG);
  const cataloguePath = options.values.get('--catalogue');
  const loaded = cataloguePath !== undefined ? loadCatalogueSync(cataloguePath) : undefined;
  // A catalogue problem is one line on stderr; the check goes on with the built-in facts.
  if (loaded?.problem) io?.err(`unres: ${describeCatalogueProblem(loaded.problem, locale)}`);
  return createResolutionService({
    ...(loaded?.catalogue ? { catalogue: loaded.catalogue } : {}),
    settings: {
      ...DEFAULT_SETTINGS,
      language: options.lang ?? 'auto',
      locale,
      rules: parseRuleLevels(options.values.get('--rules')),
    },
  });
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

const SEVERITY_NAME: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

/** 1-based lines and columns; columns in UTF-16 code units, as in JavaScript strings. */
export function toJsonDiagnostic(file: string, d: Diagnostic): JsonDiagnostic {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY_NAME[d.severity ?? DiagnosticSeverity.Error] ?? 'error',
    code: String(d.code ?? ''),
    message: typeof d.message === "string" ? d.message : d.message.value,
  };
}

function check(options: CliOptions, io: CliIo): number {
  if (options.files.length === 0) throw new UsageError('check needs at least one FILE');
  const service = makeService(options, io);
  const all: JsonDiagnostic[] = [];
  for (const [index, file] of options.files.entries()) {
    io.progress?.(index, options.files.length);
    let document = readDocument(file);
    if (options.flags.has('--fix')) document = fixFile(file, document, service, io);
    for (const d of service.computeDiagnostics(document)) all.push(toJsonDiagnostic(file, d));
  }
  io.progress?.(options.files.length, options.files.length);
  if (options.format === 'json') io.out(JSON.stringify(all, null, 2));
  else for (const d of all) io.out(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`);
  return all.some((d) => d.severity === 'error') ? 1 : 0;
}

/** `check --fix`: writes the file with every safe fix applied (only when something changed). */
function fixFile(file: string, document: TextDocument, service: ResolutionService, io: CliIo): TextDocument {
  const result = service.fixAll(document);
  if (result.edits.length === 0) return document;
  writeTextFile(file, result.text);
  io.err(`${file}: applied ${result.applied} fix${result.applied === 1 ? '' : 'es'}`);
  return TextDocument.create(document.uri, document.languageId, document.version + 1, result.text);
}

function writeTextFile(file: string, text: string): void {
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `renumber FILE [--write]`: exit code 1 when a reference could not be updated (it is listed on stderr). */
function renumberFile(options: CliOptions, io: CliIo): number {
  if (options.files.length !== 1) throw new UsageError('renumber needs exactly one FILE');
  const file = options.files[0]!;
  const document = readDocument(file);
  const service = makeService(options);
  const plan = planRenumber(service.getModel(document), service.settings.locale);
  const text = applyOffsetEdits(document.getText(), plan.edits);
  const problems = plan.problems.map((p) => {
    const at = document.positionAt(p.start);
    return { file, line: at.line + 1, column: at.character + 1, message: p.message };
  });
  if (options.flags.has('--write') && plan.edits.length > 0) writeTextFile(file, text);
  if (options.format === 'json') {
    const written = options.flags.has('--write') && plan.edits.length > 0;
    io.out(JSON.stringify({ file, changes: plan.edits.length, written, problems, ...(options.flags.has('--write') ? {} : { text }) }, null, 2));
  } else {
    for (const p of problems) io.err(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    if (options.flags.has('--write')) io.out(`${file}: ${plan.edits.length} change${plan.edits.length === 1 ? '' : 's'}`);
    else io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
  }
  return problems.length > 0 ? 1 : 0;
}

function outline(options: CliOptions, io: CliIo): number {
  if (options.files.length !== 1) throw new UsageError('outline needs exactly one FILE');
  const document = readDocument(options.files[0]!);
  const model = makeService(options).getModel(document);
  const line = (p: Paragraph): number => p.line + 1;
  const subparagraphs = (p: Paragraph): unknown[] =>
    p.subparagraphs.map((s) => ({ line: line(s), label: s.label?.raw ?? '', ...(s.subparagraphs.length ? { subparagraphs: subparagraphs(s) } : {}) }));
  const result = {
    language: model.language,
    organ: model.organ?.text ?? null,
    preamble: model.preamble.map((p) => ({ line: line(p), phrase: p.lead?.text ?? '' })),
    operative: model.operative.map((p) => ({
      line: line(p),
      number: p.number?.value ?? null,
      verb: p.lead?.text ?? '',
      subparagraphs: subparagraphs(p),
    })),
  };
  if (options.format === 'json') {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  io.out(`${options.files[0]}: ${model.language}, ${result.organ ?? 'no organ line'}`);
  io.out(`Preamble: ${result.preamble.length} paragraphs`);
  for (const p of result.preamble) io.out(`  ${p.line}: ${p.phrase}`);
  io.out(`Operative part: ${result.operative.length} paragraphs`);
  const printSubs = (subs: unknown[], indent: string): void => {
    for (const s of subs as { line: number; label: string; subparagraphs?: unknown[] }[]) {
      io.out(`${indent}${s.line}: ${s.label}`);
      if (s.subparagraphs) printSubs(s.subparagraphs, indent + '  ');
    }
  };
  for (const p of result.operative) {
    io.out(`  ${p.line}: ${p.number ?? '?'}. ${p.verb}`);
    printSubs(p.subparagraphs, '      ');
  }
  return 0;
}

function rules(options: CliOptions, io: CliIo): number {
  const locale = toLocale(options.locale ?? process.env.LC_ALL ?? process.env.LANG);
  const list = RULES.map((r) => ({ code: r.code, severity: r.defaultSeverity, description: r.description[locale] }));
  if (options.format === 'json') io.out(JSON.stringify(list, null, 2));
  else for (const r of list) io.out(`${r.code.padEnd(24)} ${r.severity.padEnd(12)} ${r.description}`);
  return 0;
}

/** Subcommands. Further commands (renumber, …) register themselves here. */
export const COMMANDS = new Map<string, (options: CliOptions, io: CliIo) => number>([
  ['check', check],
  ['outline', outline],
  ['rules', rules],
  ['renumber', renumberFile],
]);

declare const UNRES_VERSION: string | undefined;

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const { command, options } = parseArgs(argv);
    if (command === 'help' || command === undefined) {
      (command === undefined ? io.err : io.out)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === 'version') {
      io.out(typeof UNRES_VERSION === 'string' ? UNRES_VERSION : 'dev');
      return 0;
    }
    const run = COMMANDS.get(command);
    if (!run) throw new UsageError(`unknown command "${command}" (try unres --help)`);
    return run(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`unres: ${error.message}`);
      return 2;
    }
    io.err(`unres: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (require.main === module) {
  const lines: string[] = [];
  const code = runCli(process.argv.slice(2), {
    out: (t) => lines.push(t),
    err: (t) => process.stderr.write(t + '\n'),
    // A line that rewrites itself on a terminal when more than a handful of files are checked; erased at the end.
    ...(process.stderr.isTTY
      ? {
          progress: (done: number, total: number) => {
            if (total < 10) return;
            process.stderr.write(done < total ? `\runres: checked ${done} of ${total} files` : '\r\x1b[K');
          },
        }
      : {}),
  });
  // One write keeps large outputs fast and lets the process exit only after stdout is flushed.
  if (lines.length) process.stdout.write(lines.join('\n') + '\n', () => process.exit(code));
  else process.exitCode = code;
}
